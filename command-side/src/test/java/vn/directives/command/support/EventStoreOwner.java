package vn.directives.command.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Rewrites event rows as only the event table's owner can: the applications may only append
 * (migration V900: privileges and a trigger). Tamper tests play that owner, lifting both barriers
 * inside one transaction and restoring them before it commits, so nothing else ever runs without them.
 */
public final class EventStoreOwner {

    private EventStoreOwner() {
    }

    /** Runs one UPDATE or DELETE of event rows on the connection of the table's owner; returns the rows changed. */
    public static int rewrite(Connection owner, String sql, Object... args) throws SQLException {
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try (Statement guard = owner.createStatement()) {
            guard.execute("ALTER TABLE events.domain_event_entry DISABLE TRIGGER event_rows_are_never_changed");
            guard.execute("GRANT UPDATE, DELETE ON events.domain_event_entry TO CURRENT_USER");
            int changed;
            try (PreparedStatement statement = owner.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    statement.setObject(i + 1, args[i]);
                }
                changed = statement.executeUpdate();
            }
            guard.execute("REVOKE UPDATE, DELETE ON events.domain_event_entry FROM CURRENT_USER");
            guard.execute("ALTER TABLE events.domain_event_entry ENABLE TRIGGER event_rows_are_never_changed");
            owner.commit();
            return changed;
        } catch (SQLException | RuntimeException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }
}
