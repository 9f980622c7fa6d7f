package vn.directives.query.workspace.task;

import vn.directives.query.discussion.TaskDiscussion;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The discussion section of a task page: its comments and documents as the page shows them (the
 * author's and unit's names where known, the time in Vietnam), each coordinating unit's last
 * progress report (shown beside the task's own progress), whether the signed-in user may add
 * to them, and the idempotency key of the comment form drawn now.
 */
record DiscussionPanel(String taskId, List<CommentLine> comments, List<AttachmentLine> attachments,
                       List<ContributionLine> contributions, boolean mayDiscuss, String commentKey) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    record CommentLine(String author, String unit, LocalDateTime at, String text) {
    }

    record AttachmentLine(String href, String fileName, String size, String author, String unit, LocalDateTime at,
                          String sha256) {
    }

    /** A coordinating unit's last progress report: its unit's name (or id), its part's percentage, what and when. */
    record ContributionLine(String unit, int percentage, String text, LocalDate on) {
    }

    static DiscussionPanel none() {
        return new DiscussionPanel(null, List.of(), List.of(), List.of(), false, null);
    }

    static ContributionLine line(TaskDiscussion.Contribution c) {
        return new ContributionLine(c.unitName() != null ? c.unitName() : c.unitId(), c.percentage(), c.text(),
                c.effectiveOn());
    }

    static CommentLine line(TaskDiscussion.Comment c) {
        return new CommentLine(c.authorName() != null ? c.authorName() : c.author(),
                c.unitId() == null ? null : c.unitName() != null ? c.unitName() : c.unitId(),
                LocalDateTime.ofInstant(c.recordedAt(), VIETNAM), c.text());
    }

    static AttachmentLine line(TaskDiscussion.Attachment a) {
        return new AttachmentLine("/tasks/" + a.taskId() + "/attachments/" + a.attachmentId(), a.fileName(),
                size(a.sizeBytes()), a.authorName() != null ? a.authorName() : a.author(),
                a.unitId() == null ? null : a.unitName() != null ? a.unitName() : a.unitId(),
                LocalDateTime.ofInstant(a.recordedAt(), VIETNAM), a.sha256());
    }

    /** 1,5 MB; 320 KB: the decimal comma of Vietnamese writing, which English readers read too. */
    private static String size(long bytes) {
        if (bytes >= 1_048_576) {
            return String.format(java.util.Locale.forLanguageTag("vi"), "%.1f MB", bytes / 1_048_576.0);
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
