/**
 * Sign-in on the query side against the same accounts (read-only) or the same identity provider,
 * and the query side's security log.
 */
package vn.directives.query.security;
