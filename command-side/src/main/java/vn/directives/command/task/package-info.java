/**
 * The lifecycle every task kind shares (opening checks, reassignment, extensions, cancellation,
 * completion, urging policy) in one abstract aggregate, and the one controller that exposes those
 * steps for every kind.
 */
package vn.directives.command.task;
