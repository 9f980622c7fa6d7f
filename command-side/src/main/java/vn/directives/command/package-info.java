/**
 * The command side: accepts commands over HTTP, decides them with Axon aggregates and stores the
 * events. Each feature package holds its aggregate, commands, controller and the lookups its rules
 * need; nothing here reads a read model of the query side.
 */
package vn.directives.command;
