/**
 * Each user's choice of e-mail per kind of notification: the setting the urging outbox reads
 * before it writes a notice, and the API to read and change one's own.
 */
package vn.directives.command.notices;
