package vn.directives.query.discussion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.names.Names;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A task's comments and documents, oldest first, each with the names of its author (when a
 * Steering Committee member) and of the coordinating unit whose contribution it is.
 */
@Component
public class TaskDiscussion {

    /** No task has come near this many; the page lists them all. */
    private static final int MOST = 500;

    private final JdbcClient jdbc;

    TaskDiscussion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Comment(String commentId, String text, String author, String authorName, String unitId,
                          String unitName, Instant recordedAt) {
    }

    public record Attachment(String attachmentId, String taskId, String fileName, String mediaType, long sizeBytes,
                             String sha256, String author, String authorName, String unitId, String unitName,
                             Instant recordedAt) {
    }

    public List<Comment> comments(String taskId) {
        return jdbc.sql("""
                        SELECT c.comment_id, c.text, c.commented_by, %s AS author_name, c.coordinating_unit_id,
                               %s AS unit_name, c.recorded_at
                          FROM query.task_comment c
                         WHERE c.task_id = :taskId
                         ORDER BY c.recorded_at, c.event_id LIMIT :most"""
                        .formatted(Names.memberNameSql("c.commented_by"), unitName("c.coordinating_unit_id")))
                .param("taskId", taskId)
                .param("most", MOST)
                .query((row, n) -> new Comment(row.getString("comment_id"), row.getString("text"),
                        row.getString("commented_by"), row.getString("author_name"),
                        row.getString("coordinating_unit_id"), row.getString("unit_name"),
                        row.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    public List<Attachment> attachments(String taskId) {
        return jdbc.sql(attachmentSql("a.task_id = :taskId ORDER BY a.recorded_at, a.event_id LIMIT :most"))
                .param("taskId", taskId)
                .param("most", MOST)
                .query((row, n) -> attachment(row))
                .list();
    }

    public Optional<Attachment> attachment(String taskId, String attachmentId) {
        return jdbc.sql(attachmentSql("a.task_id = :taskId AND a.attachment_id = :id"))
                .param("taskId", taskId)
                .param("id", attachmentId)
                .query((row, n) -> attachment(row))
                .optional();
    }

    private static String attachmentSql(String where) {
        return """
                SELECT a.attachment_id, a.task_id, a.file_name, a.media_type, a.size_bytes, a.sha256, a.added_by,
                       %s AS author_name, a.coordinating_unit_id, %s AS unit_name, a.recorded_at
                  FROM query.task_attachment a
                 WHERE %s""".formatted(Names.memberNameSql("a.added_by"), unitName("a.coordinating_unit_id"), where);
    }

    private static String unitName(String column) {
        // named as the unit is named today, like the task page's header
        return Names.unitNameSql(column, "CURRENT_DATE");
    }

    private static Attachment attachment(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Attachment(row.getString("attachment_id"), row.getString("task_id"), row.getString("file_name"),
                row.getString("media_type"), row.getLong("size_bytes"), row.getString("sha256"),
                row.getString("added_by"), row.getString("author_name"), row.getString("coordinating_unit_id"),
                row.getString("unit_name"), row.getObject("recorded_at", OffsetDateTime.class).toInstant());
    }
}
