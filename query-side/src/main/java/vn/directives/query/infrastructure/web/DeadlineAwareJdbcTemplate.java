package vn.directives.query.infrastructure.web;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The query side's JdbcTemplate: inside an expensive read, every statement gets the time left
 * before the read's deadline as its query timeout, and a statement cancelled for it answers the
 * read's time-limit problem (503) rather than an internal error.
 */
class DeadlineAwareJdbcTemplate extends JdbcTemplate {

    private static final String QUERY_CANCELED = "57014";

    DeadlineAwareJdbcTemplate(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        super.applyStatementSettings(statement);
        int remaining = ReadDeadline.remainingSeconds();
        if (remaining > 0) {
            statement.setQueryTimeout(remaining);
        }
    }

    @Override
    protected DataAccessException translateException(String task, String sql, SQLException e) {
        if (ReadDeadline.active() && QUERY_CANCELED.equals(e.getSQLState())) {
            throw ReadDeadline.exceeded();
        }
        return super.translateException(task, sql, e);
    }
}
