/**
 * Upcasters of the contract: each reads a stored older revision of an event as the next one
 * ({@code <Event>V<old>Upcaster}), so that the event store is never rewritten. They are the only
 * code of this module beyond records, and they only reshape JSON; each side registers them with
 * its event store (vn.directives.platform.upcasting).
 */
package vn.directives.events.upcasting;
