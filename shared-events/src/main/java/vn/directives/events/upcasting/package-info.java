/**
 * Upcasters from older revisions of events to the current ones, one class per event and revision
 * ({@code <Event>V<old revision>Upcaster}, as the approval test expects). Each side registers them
 * through {@code vn.directives.platform.eventstore}.
 */
package vn.directives.events.upcasting;
