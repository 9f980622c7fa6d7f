/**
 * Member transfers (chuyển sinh hoạt đảng): the task kind with its letter, acceptance, return and
 * withdrawal, and the personal data kept apart from the events.
 */
package vn.directives.command.membertransfer;
