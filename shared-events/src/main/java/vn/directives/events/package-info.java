/**
 * The event contract both sides depend on: Java records with no Spring and no behaviour, one sub-
 * package per aggregate. Each event's stored JSON is frozen by a test; a change needs a new
 * revision and an upcaster.
 */
package vn.directives.events;
