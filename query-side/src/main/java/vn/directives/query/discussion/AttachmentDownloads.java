package vn.directives.query.discussion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.directives.platform.web.RequestRefused;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Serves an attached document: its bytes from {@code events.attachment_content}, served only when
 * their SHA-256 is the one the event {@code AttachmentAdded} recorded, so that bytes changed since
 * (by whatever means) are never handed out as the document. The answer names the file for saving
 * ({@code Content-Disposition: attachment}: never shown inline, where a document could run script
 * in the service's origin), carries the hash ({@code ETag}, {@code Repr-Digest}) and forbids type
 * sniffing. Who may download is who may read the task. Logs name the attachment id only.
 */
@Component
public class AttachmentDownloads {

    private static final Logger log = LoggerFactory.getLogger(AttachmentDownloads.class);

    private final TaskDiscussion discussion;
    private final JdbcClient jdbc;

    AttachmentDownloads(TaskDiscussion discussion, JdbcClient jdbc) {
        this.discussion = discussion;
        this.jdbc = jdbc;
    }

    public ResponseEntity<byte[]> download(String taskId, String attachmentId) {
        TaskDiscussion.Attachment attachment = discussion.attachment(taskId, attachmentId)
                .orElseThrow(() -> RequestRefused.notFound("Nhiệm vụ không có tài liệu đính kèm này.",
                        "The task has no such attached document."));
        byte[] content = jdbc.sql("SELECT content FROM events.attachment_content WHERE attachment_id = :id")
                .param("id", attachmentId)
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> damaged(attachmentId, "missing"));
        byte[] digest = sha256(content);
        if (!HexFormat.of().formatHex(digest).equals(attachment.sha256())) {
            throw damaged(attachmentId, "hash mismatch");
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(attachment.mediaType()));
        headers.setContentLength(content.length);
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(attachment.fileName(), StandardCharsets.UTF_8).build());
        headers.setETag("\"" + attachment.sha256() + "\"");
        headers.set("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(digest) + ":");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.setCacheControl(CacheControl.noStore().cachePrivate());
        return new ResponseEntity<>(content, headers, HttpStatus.OK);
    }

    private static RequestRefused damaged(String attachmentId, String what) {
        log.error("Attachment {} not served: its stored bytes are {}", attachmentId, what);
        return new RequestRefused(HttpStatus.INTERNAL_SERVER_ERROR, "attachment-damaged", null,
                "Tài liệu đã lưu không khớp với mã băm đã ghi nhận; không thể tải về. Hãy báo quản trị viên.",
                "The stored document does not match its recorded hash and cannot be downloaded. "
                        + "Tell an administrator.");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
