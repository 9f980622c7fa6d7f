/**
 * The audit trail for inspectors, read straight from the event store the hash chain covers, and
 * the refused attempts of both sides' security logs.
 */
package vn.directives.query.audit;
