package vn.directives.command.infrastructure;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directives.command.support.Api;

import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command side's own database role may append events and read them, never change or remove
 * one: privileges refuse it, and a trigger refuses it even if the privilege were granted back.
 */
@CommandSideTest
class EventStoreAppendOnlyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private String unit;

    @BeforeEach
    void anEvent() {
        unit = new Api(port).unit("Đảng ủy Khối Doanh nghiệp tỉnh", "OTHER");
    }

    @Test
    void the_command_sides_role_cannot_update_delete_or_truncate_event_rows() {
        assertThatThrownBy(() -> jdbc.update("UPDATE events.domain_event_entry SET payload_type = payload_type "
                + "WHERE aggregate_identifier = ?", unit)).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM events.domain_event_entry WHERE aggregate_identifier = ?",
                unit)).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE events.domain_event_entry"))
                .rootCause().hasMessageContaining("permission denied");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, unit)).isEqualTo(1);
    }

    @Test
    void the_trigger_refuses_a_rewrite_even_with_the_privilege_granted_back() {
        String refusal = jdbc.execute((ConnectionCallback<String>) connection -> {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("GRANT UPDATE, DELETE ON events.domain_event_entry TO CURRENT_USER");
                statement.executeUpdate("DELETE FROM events.domain_event_entry WHERE aggregate_identifier = '"
                        + unit + "'");
                return null;
            } catch (SQLException e) {
                return e.getMessage();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        });

        assertThat(refusal).contains("append-only");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, unit)).isEqualTo(1);
    }
}
