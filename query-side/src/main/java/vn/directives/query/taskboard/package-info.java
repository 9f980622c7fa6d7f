/**
 * The task board: every task with its units, assignee, due date, status and deadline category at a
 * date, and each kind's own fields.
 */
package vn.directives.query.taskboard;
