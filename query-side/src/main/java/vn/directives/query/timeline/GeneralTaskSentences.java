package vn.directives.query.timeline;

import vn.directives.events.enterprise.OrganizationFounding;
import vn.directives.events.generaltask.GeneralTaskCompleted;
import vn.directives.events.generaltask.GeneralTaskOpened;
import vn.directives.events.generaltask.ProgressReported;

import vn.directives.query.enterprise.CodeLabel;

import static vn.directives.query.timeline.Wording.date;
import static vn.directives.query.timeline.Wording.en;
import static vn.directives.query.timeline.Wording.quoted;
import static vn.directives.query.timeline.Wording.vi;

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
                "Có sản phẩm: %s%s".formatted(quoted(e.productDocument()), foundedVi(e.organizationFounded())),
                "Product delivered: %s%s".formatted(quoted(e.productDocument()), foundedEn(e.organizationFounded()))));
    }

    /** The organization the task founded, by the enterprise's name (and tax code, which tells namesakes apart). */
    private static String foundedVi(OrganizationFounding founded) {
        if (founded == null) {
            return "";
        }
        return "; đã thành lập %s tại %s (MST %s) ngày %s, %s thành viên".formatted(
                CodeLabel.socioPoliticalKind(founded.kind().name()).label(), founded.enterpriseName(),
                founded.enterpriseTaxCode(), date(founded.foundedOn()), vi(founded.members()));
    }

    private static String foundedEn(OrganizationFounding founded) {
        if (founded == null) {
            return "";
        }
        return "; founded the %s of %s (tax code %s) on %s, %s".formatted(
                CodeLabel.socioPoliticalKind(founded.kind().name()).labelEn(), founded.enterpriseName(),
                founded.enterpriseTaxCode(), date(founded.foundedOn()),
                en(founded.members(), "member", "members"));
    }
}
