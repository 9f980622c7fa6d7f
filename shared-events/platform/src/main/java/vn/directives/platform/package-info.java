/**
 * What the command side and the query side share at run time: one implementation of each piece of
 * infrastructure both need (sign-in, problem documents, event-store access), used by both instead
 * of a copy on each side. The event contract itself stays in {@code shared-events}, free of Spring.
 * Each side imports the configurations it needs explicitly ({@code @Import}); nothing here is
 * picked up by component scanning.
 */
package vn.directives.platform;
