package vn.directives.query.infrastructure;

/**
 * This instance of the query side, as it signs its token claims ({@code query.token_entry.owner}).
 * Unique per application context, so that two instances, even in one JVM, never mistake each
 * other's claims for their own.
 */
public record QueryNode(String id) {
}
