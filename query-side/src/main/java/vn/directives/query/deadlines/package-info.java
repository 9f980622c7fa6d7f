/**
 * Deadlines in working days: tasks due soon and overdue, per unit and per member, counted on the
 * calendar the command side adopted.
 */
package vn.directives.query.deadlines;
