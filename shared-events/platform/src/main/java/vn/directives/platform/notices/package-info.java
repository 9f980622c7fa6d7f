/**
 * Who is told when something concerns them: the one set of recipient rules that the query side's
 * in-app inbox and the command side's e-mail outbox both follow, so the two never disagree on who
 * hears of an event.
 */
package vn.directives.platform.notices;
