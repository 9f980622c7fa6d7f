package vn.directives.query.timeline;

import vn.directives.events.membertransfer.IntroductionLetterAccepted;
import vn.directives.events.membertransfer.IntroductionLetterIssued;
import vn.directives.events.membertransfer.MemberTransferCompleted;
import vn.directives.events.membertransfer.MemberTransferRequested;
import vn.directives.events.membertransfer.MemberTransferReturned;
import vn.directives.events.membertransfer.MemberTransferWithdrawn;
import vn.directives.events.membertransfer.TemporaryPeriod;
import vn.directives.events.membertransfer.Timeliness;
import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;

import static vn.directives.query.timeline.Wording.date;
import static vn.directives.query.timeline.Wording.en;
import static vn.directives.query.timeline.Wording.optional;

/**
 * Sentences of a member transfer's own steps (chuyển sinh hoạt đảng). The member appears by the
 * pseudonymous reference the events carry, never by name.
 */
final class MemberTransferSentences {

    private MemberTransferSentences() {
    }

    static void addTo(TimelineSentences sentences) {
        sentences.add(MemberTransferRequested.class, e -> new WhatChanged(e.openedOn(),
                "Đề nghị chuyển sinh hoạt đảng %s cho đảng viên %s từ %s đến %s (%s), theo quyết định ngày %s: %s"
                        .formatted(typeVi(e.type(), e.temporaryPeriod()), e.memberRef(), e.sendingOrganization().name(),
                                e.receivingOrganization().name(), directionVi(e.direction()), date(e.decisionDate()),
                                TaskSentences.headerVi(e.task())),
                "%s of member %s requested from %s to %s (%s), following the decision of %s: %s"
                        .formatted(typeEn(e.type(), e.temporaryPeriod()), e.memberRef(), e.sendingOrganization().name(),
                                e.receivingOrganization().name(), directionEn(e.direction()), date(e.decisionDate()),
                                TaskSentences.headerEn(e.task()))));
        sentences.add(IntroductionLetterIssued.class, e -> new WhatChanged(e.effectiveOn(),
                "Cấp giấy giới thiệu số %s %s".formatted(e.letterNumber(), timelinessVi(e.timeliness())),
                "Introduction letter No. %s issued %s".formatted(e.letterNumber(), timelinessEn(e.timeliness()))));
        sentences.add(IntroductionLetterAccepted.class, e -> new WhatChanged(e.effectiveOn(),
                "Tổ chức đảng nơi đến tiếp nhận giấy giới thiệu " + timelinessVi(e.timeliness()),
                "Introduction letter accepted by the receiving organization " + timelinessEn(e.timeliness())));
        sentences.add(MemberTransferCompleted.class, e -> new WhatChanged(e.effectiveOn(),
                "Hoàn thành chuyển sinh hoạt đảng %s của đảng viên %s (%s%s)".formatted(typeVi(e.type(), null),
                        e.memberRef(), directionVi(e.direction()), optional("doanh nghiệp MST", e.enterpriseTaxCode())),
                "%s of member %s completed (%s%s)".formatted(typeEn(e.type(), null), e.memberRef(),
                        directionEn(e.direction()), optional("enterprise tax code", e.enterpriseTaxCode()))));
        sentences.add(MemberTransferReturned.class, e -> new WhatChanged(e.effectiveOn(),
                "Tổ chức đảng nơi đến trả lại giấy giới thiệu (lý do: %s)".formatted(e.reason()),
                "Introduction letter returned by the receiving organization (reason: %s)".formatted(e.reason())));
        sentences.add(MemberTransferWithdrawn.class, e -> new WhatChanged(e.effectiveOn(),
                "Rút đề nghị chuyển sinh hoạt đảng (lý do: %s)".formatted(e.reason()),
                "Transfer withdrawn (reason: %s)".formatted(e.reason())));
    }

    /** "chính thức", or "tạm thời từ … đến …" when the period is known. */
    private static String typeVi(TransferType type, TemporaryPeriod period) {
        return switch (type) {
            case OFFICIAL -> "chính thức";
            case TEMPORARY -> period == null ? "tạm thời"
                    : "tạm thời từ %s đến %s".formatted(date(period.from()), date(period.until()));
        };
    }

    private static String typeEn(TransferType type, TemporaryPeriod period) {
        return switch (type) {
            case OFFICIAL -> "Official transfer";
            case TEMPORARY -> period == null ? "Temporary transfer"
                    : "Temporary transfer (%s to %s)".formatted(date(period.from()), date(period.until()));
        };
    }

    private static String directionVi(TransferDirection direction) {
        return switch (direction) {
            case RESIDENCE_TO_ENTERPRISE -> "từ nơi cư trú về doanh nghiệp";
            case ENTERPRISE_TO_RESIDENCE -> "từ doanh nghiệp về nơi cư trú";
        };
    }

    private static String directionEn(TransferDirection direction) {
        return switch (direction) {
            case RESIDENCE_TO_ENTERPRISE -> "place of residence to enterprise";
            case ENTERPRISE_TO_RESIDENCE -> "enterprise to place of residence";
        };
    }

    /** "(đúng hạn, hạn dd/MM/yyyy)" or "(chậm 3 ngày làm việc so với hạn dd/MM/yyyy; lý do: …)". */
    private static String timelinessVi(Timeliness timeliness) {
        if (timeliness.workingDaysLate() == 0) {
            return "(đúng hạn, hạn %s)".formatted(date(timeliness.dueBy()));
        }
        return "(chậm %d ngày làm việc so với hạn %s%s)".formatted(timeliness.workingDaysLate(),
                date(timeliness.dueBy()), optional("lý do", timeliness.lateReason()));
    }

    private static String timelinessEn(Timeliness timeliness) {
        if (timeliness.workingDaysLate() == 0) {
            return "(on time, due by %s)".formatted(date(timeliness.dueBy()));
        }
        return "(%s late against %s%s)".formatted(en(timeliness.workingDaysLate(), "working day", "working days"),
                date(timeliness.dueBy()), optional("reason", timeliness.lateReason()));
    }
}
