package vn.directives.events.discussion;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A document was attached to the task. Its bytes are stored beside the event store under
 * {@code attachmentId}; the event carries what proves them: the SHA-256 of the bytes (lower-case
 * hex), their size, the media type judged from the content, and the file name as uploaded.
 * {@code coordinatingUnitId} as in {@link TaskCommented}.
 */
@Revision("1")
public record AttachmentAdded(String taskId, String attachmentId, String fileName, String mediaType, long sizeBytes,
                              String sha256, String coordinatingUnitId, String addedBy, LocalDate effectiveOn)
        implements DiscussionEvent {
}
