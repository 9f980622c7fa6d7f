package vn.directives.query.timeline;

import vn.directives.events.discussion.AttachmentAdded;
import vn.directives.events.discussion.TaskCommented;
import vn.directives.events.discussion.TaskUrgedNow;

import java.util.Locale;

import static vn.directives.query.timeline.Wording.quoted;

/**
 * Sentences of discussion: comments (quoted whole: they are the record), documents attached (name,
 * type and size; the hash is in the event and the download), urging on the spot. A coordinating
 * unit's comment or document says whose contribution it is.
 */
final class DiscussionSentences {

    private DiscussionSentences() {
    }

    static void addTo(TimelineSentences sentences) {
        sentences.add(TaskCommented.class, e -> new WhatChanged(e.effectiveOn(),
                "Ý kiến%s: %s".formatted(contributionVi(e.coordinatingUnitId()), quoted(e.text())),
                "Comment%s: %s".formatted(contributionEn(e.coordinatingUnitId()), quoted(e.text()))));
        sentences.add(AttachmentAdded.class, e -> new WhatChanged(e.effectiveOn(),
                "Đính kèm tài liệu%s: %s (%s, %s)".formatted(contributionVi(e.coordinatingUnitId()),
                        quoted(e.fileName()), typeName(e.mediaType()), size(e.sizeBytes(), Locale.forLanguageTag("vi"))),
                "Document attached%s: %s (%s, %s)".formatted(contributionEn(e.coordinatingUnitId()),
                        quoted(e.fileName()), typeName(e.mediaType()), size(e.sizeBytes(), Locale.ENGLISH))));
        sentences.add(TaskUrgedNow.class, e -> new WhatChanged(e.effectiveOn(),
                "Đôn đốc trực tiếp thành viên %s và đơn vị chủ trì %s: %s"
                        .formatted(NamedIds.member(e.assigneeId()), NamedIds.unit(e.leadUnitId()), quoted(e.message())),
                "Urged on the spot, to member %s and lead unit %s: %s"
                        .formatted(NamedIds.member(e.assigneeId()), NamedIds.unit(e.leadUnitId()), quoted(e.message()))));
    }

    /** Whose contribution a step is: nothing for the task's own, the coordinating unit's otherwise. */
    static String contributionVi(String unitId) {
        return unitId == null ? "" : " (đóng góp của đơn vị phối hợp " + NamedIds.unit(unitId) + ")";
    }

    static String contributionEn(String unitId) {
        return unitId == null ? "" : " (contribution of coordinating unit " + NamedIds.unit(unitId) + ")";
    }

    /** The name people know a type by. */
    static String typeName(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> "PDF";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "DOCX";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "XLSX";
            case "image/png" -> "PNG";
            case "image/jpeg" -> "JPEG";
            case "image/gif" -> "GIF";
            case "image/webp" -> "WebP";
            default -> mediaType;
        };
    }

    /** 1,5 MB / 1.5 MB; 320 KB; 12 B. */
    static String size(long bytes, Locale locale) {
        if (bytes >= 1_048_576) {
            return String.format(locale, "%.1f MB", bytes / 1_048_576.0);
        }
        if (bytes >= 1024) {
            return String.format(locale, "%d KB", Math.round(bytes / 1024.0));
        }
        return bytes + " B";
    }
}
