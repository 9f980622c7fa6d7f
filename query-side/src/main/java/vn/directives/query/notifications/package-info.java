/**
 * Each recipient's in-app urging notifications, and what they have read (the reader's own state,
 * kept apart from the projection's rows).
 */
package vn.directives.query.notifications;
