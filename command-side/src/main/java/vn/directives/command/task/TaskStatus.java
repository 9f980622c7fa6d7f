package vn.directives.command.task;

enum TaskStatus { OPEN, COMPLETED, CANCELLED }
