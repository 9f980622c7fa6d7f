package vn.directives.command.infrastructure;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The PostgreSQL driver's own failures, as Axon's JDBC engine meets them when it appends events in
 * a batch: a duplicate key is recognised (so Axon reports a conflict), any other failure is not.
 */
@CommandSideTest
class UniqueViolationResolverTest {

    private final UniqueViolationResolver resolver = new UniqueViolationResolver();

    @Autowired
    private DataSource dataSource;

    @Test
    void a_duplicate_key_in_a_batch_insert_is_a_duplicate_key_violation() throws SQLException {
        SQLException failure = batchInsert(1, 1);

        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("append failed", failure))).isTrue();
    }

    @Test
    void another_constraint_violation_is_not_a_duplicate_key_violation() throws SQLException {
        SQLException failure = batchInsert(1, null);

        assertThat(failure.getSQLState()).isNotEqualTo("23505");
        assertThat(resolver.isDuplicateKeyViolation(failure)).isFalse();
    }

    /** Inserts the ids in one batch into a temporary table with a primary key; returns the failure. */
    private SQLException batchInsert(Integer... ids) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TEMPORARY TABLE appended (id INTEGER PRIMARY KEY) ON COMMIT DROP");
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO appended (id) VALUES (?)")) {
                for (Integer id : ids) {
                    insert.setObject(1, id);
                    insert.addBatch();
                }
                return catchThrowableOfType(SQLException.class, insert::executeBatch);
            } finally {
                connection.rollback();
            }
        }
    }
}
