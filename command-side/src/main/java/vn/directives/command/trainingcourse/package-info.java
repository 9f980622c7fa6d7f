/**
 * Training courses (lớp bồi dưỡng): the task kind with enrolments, opening, results and closing.
 */
package vn.directives.command.trainingcourse;
