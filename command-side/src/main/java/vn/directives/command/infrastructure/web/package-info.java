/**
 * The HTTP conventions every command controller shares: ETag and If-Match, the event position of
 * an answer, idempotency keys and problem documents.
 */
package vn.directives.command.infrastructure.web;
