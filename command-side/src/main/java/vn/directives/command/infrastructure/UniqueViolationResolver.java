package vn.directives.command.infrastructure;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon that an append failed on the event table's unique (aggregate, sequence number) key,
 * so that it raises {@code ConcurrencyException} or {@code AggregateStreamCreationException}
 * rather than a generic storage error. Axon's default JDBC resolver looks for
 * {@code SQLIntegrityConstraintViolationException}, which the PostgreSQL driver never throws: it
 * reports SQLState 23505 (unique_violation), inside a batch exception when events are appended in
 * a batch.
 */
class UniqueViolationResolver implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException exception) {
        for (SQLException next = exception; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
