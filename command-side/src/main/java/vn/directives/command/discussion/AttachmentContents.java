package vn.directives.command.discussion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.command.task.AttachmentStore;
import vn.directives.command.task.Document;

/**
 * The table {@code events.attachment_content}: the bytes of attached documents, beside the event
 * store and like it append-only and readable by the query side, which serves the downloads.
 * Written in the transaction of the command that records the attachment.
 */
@Component
class AttachmentContents implements AttachmentStore {

    private final JdbcClient jdbc;

    AttachmentContents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(String taskId, Document document) {
        jdbc.sql("""
                        INSERT INTO events.attachment_content (attachment_id, task_id, media_type, size_bytes, sha256,
                                                               content)
                        VALUES (:id, :taskId, :type, :size, :sha256, :content)""")
                .param("id", document.attachmentId())
                .param("taskId", taskId)
                .param("type", document.mediaType())
                .param("size", document.size())
                .param("sha256", document.sha256())
                .param("content", document.content())
                .update();
    }
}
