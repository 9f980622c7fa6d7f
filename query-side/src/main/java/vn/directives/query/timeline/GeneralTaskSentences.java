package vn.directives.query.timeline;

import vn.directives.events.generaltask.GeneralTaskCompleted;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.generaltask.ProgressReported;

import static vn.directives.query.timeline.Wording.quoted;

/**
 * Sentences of a general task's own steps (nhiệm vụ): its opening, progress reports (a coordinating
 * unit's marked as its contribution, as its comments are), its product.
 */
final class GeneralTaskSentences {

    private GeneralTaskSentences() {
    }

    static void addTo(TimelineSentences sentences) {
        sentences.add(GeneralTaskOpened.class, e -> new WhatChanged(e.openedOn(),
                "%ssản phẩm: %s): %s".formatted(
                        e.parentTaskId() == null ? "Mở nhiệm vụ ("
                                : "Nhận nhiệm vụ giao từ cấp trên (nhiệm vụ " + e.parentTaskId() + "; ",
                        quoted(e.expectedProduct()), TaskSentences.headerVi(e.task())),
                "%sproduct: %s): %s".formatted(
                        e.parentTaskId() == null ? "Opened (" : "Delegated from task " + e.parentTaskId() + " (",
                        quoted(e.expectedProduct()), TaskSentences.headerEn(e.task()))));
        sentences.add(ProgressReported.class, e -> new WhatChanged(e.effectiveOn(),
                "Báo cáo tiến độ%s %d%% (trước đó %d%%): %s%s".formatted(
                        DiscussionSentences.contributionVi(e.coordinatingUnitId()), e.percentage(),
                        e.previousPercentage(), e.text(), e.reason() == null ? "" : " (lý do giảm: " + e.reason() + ")"),
                "Progress reported%s at %d%% (previously %d%%): %s%s".formatted(
                        DiscussionSentences.contributionEn(e.coordinatingUnitId()), e.percentage(),
                        e.previousPercentage(), e.text(),
                        e.reason() == null ? "" : " (reason it went down: " + e.reason() + ")")));
        sentences.add(GeneralTaskCompleted.class, e -> new WhatChanged(e.effectiveOn(),
                "Có sản phẩm: %s".formatted(quoted(e.productDocument())),
                "Product delivered: %s".formatted(quoted(e.productDocument()))));
    }
}
