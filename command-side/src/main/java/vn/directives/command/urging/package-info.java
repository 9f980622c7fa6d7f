/**
 * Urging (đôn đốc): each open task's next reminder, missed deadline or escalation, scheduled on
 * the working-day calendar, and the e-mails sent through an outbox.
 */
package vn.directives.command.urging;
