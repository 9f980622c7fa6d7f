/**
 * Issuing the yearly report: the command side fetches the report's bytes from the query side,
 * hashes them and records the issue, so the recorded hash is the hash of what anyone can fetch.
 */
package vn.directives.command.report;
