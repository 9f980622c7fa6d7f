/**
 * Access to the event store ({@code events.domain_event_entry}) shared by both sides: its layout,
 * Axon's JDBC storage engine configured to read it without ever skipping an event that commits
 * late, and the serializer settings both sides need. See {@code docs/event-store.md}.
 */
package vn.directives.platform.eventstore;
