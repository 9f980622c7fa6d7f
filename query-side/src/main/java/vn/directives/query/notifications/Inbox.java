package vn.directives.query.notifications;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A recipient's notifications, newest first, and marking one read. */
@Component
public class Inbox {

    /** The Organization Committee's inbox (escalations), read by its staff. */
    public static final String ORGANIZATION_COMMITTEE = NotificationProjection.ORGANIZATION_COMMITTEE;

    private final JdbcClient jdbc;

    Inbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<NotificationView> list(String recipient, boolean unreadOnly, int limit) {
        return jdbc.sql("""
                        SELECT n.notification_id, n.task_id, n.kind, n.due_date, n.created_at, n.text_vi, n.text_en,
                               r.read_at
                          FROM query.notification n LEFT JOIN query.notification_reading r USING (notification_id)
                         WHERE n.recipient = :recipient AND (NOT :unreadOnly OR r.read_at IS NULL)
                         ORDER BY n.created_at DESC, n.notification_id LIMIT :limit""")
                .param("recipient", recipient)
                .param("unreadOnly", unreadOnly)
                .param("limit", limit)
                .query((rs, row) -> view(rs.getString("notification_id"), rs.getString("task_id"), rs.getString("kind"),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("text_vi"),
                        rs.getString("text_en"), rs.getObject("read_at", OffsetDateTime.class)))
                .list();
    }

    /** How many of the recipient's notifications are unread: the badge in the workspace's header. */
    public int unreadCount(String recipient) {
        return jdbc.sql("""
                        SELECT count(*) FROM query.notification n
                         WHERE n.recipient = :recipient
                           AND NOT EXISTS (SELECT 1 FROM query.notification_reading r
                                            WHERE r.notification_id = n.notification_id)""")
                .param("recipient", recipient).query(Integer.class).single();
    }

    /** Marks it read (the first reading counts); empty if the recipient has no such notification. */
    public Optional<NotificationView> markRead(String recipient, String notificationId) {
        boolean exists = jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM query.notification
                                        WHERE notification_id = :id AND recipient = :recipient)""")
                .param("id", notificationId).param("recipient", recipient).query(Boolean.class).single();
        if (!exists) {
            return Optional.empty();
        }
        jdbc.sql("""
                        INSERT INTO query.notification_reading (notification_id, read_at) VALUES (:id, now())
                        ON CONFLICT (notification_id) DO NOTHING""")
                .param("id", notificationId).update();
        return list(recipient, false, Integer.MAX_VALUE).stream()
                .filter(n -> n.notificationId().equals(notificationId)).findFirst();
    }

    private static NotificationView view(String id, String taskId, String kind, LocalDate dueDate, Instant createdAt,
                                         String vi, String en, OffsetDateTime readAt) {
        return new NotificationView(id, taskId, kind, dueDate, createdAt, vi, en, readAt != null,
                readAt == null ? null : readAt.toInstant(), "/api/tasks/" + taskId);
    }
}
