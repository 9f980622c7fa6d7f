package vn.directives.query.notifications;

import java.time.Instant;
import java.time.LocalDate;

/** One notification as its recipient reads it; {@code readAt} null while unread. */
public record NotificationView(String notificationId, String taskId, String kind, LocalDate dueDate, Instant createdAt,
                        String text, String textEn, boolean read, Instant readAt, String taskLink) {
}
