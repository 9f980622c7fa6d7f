/**
 * Tamper evidence: the hash chain over the event store, its anchors, and the verification
 * inspectors run. Here because only the command side may write the chain's tables.
 */
package vn.directives.command.audit;
