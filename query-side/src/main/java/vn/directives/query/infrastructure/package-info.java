/**
 * Wiring that is not a feature: reading the event store, the processors, their tokens and
 * positions, and the record of which event each processor handled (for reconciliation).
 */
package vn.directives.query.infrastructure;
