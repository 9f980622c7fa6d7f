/**
 * Wiring that is not a feature: the Axon event store on JDBC, the clock, the audit metadata every
 * event carries (actor, role, unit, correlation and causation), dispatching commands, and turning a
 * unique-key race into a refusal.
 */
package vn.directives.command.infrastructure;
