package vn.directives.query.discussion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.query.names.Names;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A task's comments and documents, oldest first, each with the names of its author (when a
 * Steering Committee member) and of the coordinating unit whose contribution it is; and each
 * coordinating unit's last progress report.
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

    /** A coordinating unit's last progress report on the task: how far its own part is. */
    public record Contribution(String unitId, String unitName, int percentage, String text, LocalDate effectiveOn) {
    }

    /** Each coordinating unit's last progress report (by its date, then as recorded), units by name. */
    public List<Contribution> contributions(String taskId) {
        return jdbc.sql("""
                        SELECT * FROM (
                            SELECT DISTINCT ON (p.coordinating_unit_id) p.coordinating_unit_id, %s AS unit_name,
                                   p.percentage, p.text, p.effective_on
                              FROM query.task_progress_contribution p
                             WHERE p.task_id = :taskId
                             ORDER BY p.coordinating_unit_id, p.effective_on DESC, p.recorded_at DESC, p.event_id DESC
                        ) last ORDER BY coalesce(last.unit_name, last.coordinating_unit_id), last.coordinating_unit_id"""
                        .formatted(unitName("p.coordinating_unit_id")))
                .param("taskId", taskId)
                .query((row, n) -> new Contribution(row.getString("coordinating_unit_id"), row.getString("unit_name"),
                        row.getInt("percentage"), row.getString("text"),
                        row.getObject("effective_on", LocalDate.class)))
                .list();
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
