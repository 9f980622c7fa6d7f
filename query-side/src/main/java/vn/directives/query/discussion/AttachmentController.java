package vn.directives.query.discussion;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/tasks/{taskId}/attachments/{attachmentId}}: the document, checked against its hash. */
@RestController
class AttachmentController {

    private final AttachmentDownloads downloads;

    AttachmentController(AttachmentDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/api/tasks/{taskId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable String taskId, @PathVariable String attachmentId) {
        return downloads.download(taskId, attachmentId);
    }
}
