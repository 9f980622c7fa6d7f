package vn.directives.query.timeline;

import vn.directives.events.survey.EnterpriseFindings;
import vn.directives.events.survey.OwnerAttitude;
import vn.directives.events.survey.Ownership;
import vn.directives.events.survey.SurveyClosed;
import vn.directives.events.survey.SurveyFindingRecorded;
import vn.directives.events.survey.SurveyOpened;
import vn.directives.events.survey.SurveyScope;

import static vn.directives.query.timeline.Wording.date;
import static vn.directives.query.timeline.Wording.en;
import static vn.directives.query.timeline.Wording.listed;
import static vn.directives.query.timeline.Wording.optional;
import static vn.directives.query.timeline.Wording.summaryExcerpt;
import static vn.directives.query.timeline.Wording.vi;

/** Sentences of a survey's own steps (khảo sát). */
final class SurveySentences {

    private SurveySentences() {
    }

    static void addTo(TimelineSentences sentences) {
        sentences.add(SurveyOpened.class, e -> new WhatChanged(e.openedOn(),
                "Mở nhiệm vụ khảo sát %s; phạm vi: %s; thời gian khảo sát từ %s đến %s".formatted(
                        TaskSentences.headerVi(e.task()), scopeVi(e.scope()), date(e.periodFrom()), date(e.periodTo())),
                "Survey opened: %s; scope: %s; survey period %s to %s".formatted(
                        TaskSentences.headerEn(e.task()), scopeEn(e.scope()), date(e.periodFrom()), date(e.periodTo()))));
        sentences.add(SurveyFindingRecorded.class, e -> new WhatChanged(e.effectiveOn(),
                findingsVi(e.findings()), findingsEn(e.findings())));
        sentences.add(SurveyClosed.class, e -> new WhatChanged(e.effectiveOn(),
                "Kết thúc khảo sát, đã khảo sát %s doanh nghiệp; tóm tắt: %s"
                        .formatted(vi(e.enterprisesSurveyed()), summaryExcerpt(e.summary())),
                "Survey closed, %s surveyed; summary: %s"
                        .formatted(en(e.enterprisesSurveyed(), "enterprise", "enterprises"), summaryExcerpt(e.summary()))));
    }

    private static String scopeVi(SurveyScope scope) {
        String covered = switch (scope.kind()) {
            case ENTERPRISES -> vi(scope.references().size()) + " doanh nghiệp";
            case INDUSTRIAL_ZONE -> "khu công nghiệp " + listed(scope.references());
            case COMMUNE -> "xã, phường " + listed(scope.references());
        };
        return covered + optional("mô tả", scope.description());
    }

    private static String scopeEn(SurveyScope scope) {
        String covered = switch (scope.kind()) {
            case ENTERPRISES -> en(scope.references().size(), "enterprise", "enterprises");
            case INDUSTRIAL_ZONE -> "industrial zone " + listed(scope.references());
            case COMMUNE -> "commune or ward " + listed(scope.references());
        };
        return covered + optional("description", scope.description());
    }

    /*
     * The findings' sentences are joined, not formatted: a finding is most of a history's events, and
     * String.format's parsing of these templates was a large part of the timeline's replay.
     */
    private static String findingsVi(EnterpriseFindings f) {
        return "Ghi nhận kết quả khảo sát " + f.enterpriseName() + " (MST " + f.taxCode() + ", "
                + ownershipVi(f.ownership()) + "): " + vi(f.workers()) + " lao động, " + vi(f.officialMembers())
                + " đảng viên chính thức, " + vi(f.probationaryMembers()) + " đảng viên dự bị, "
                + vi(f.membersRegisteredAtResidence()) + " đảng viên còn sinh hoạt ở nơi cư trú, "
                + vi(f.officialMembersEmployed12Months()) + " đảng viên chính thức làm việc từ 12 tháng trở lên; "
                + (f.tradeUnion() ? "có công đoàn (" + vi(f.tradeUnionMembers()) + " đoàn viên)" : "chưa có công đoàn")
                + "; " + (f.youthUnion() ? "có Đoàn Thanh niên (" + vi(f.youthUnionMembers()) + " đoàn viên)"
                        : "chưa có Đoàn Thanh niên")
                + "; " + (f.partyOrganizationExists() ? "đã có tổ chức đảng" : "chưa có tổ chức đảng")
                + "; thái độ của chủ doanh nghiệp: " + attitudeVi(f.ownerAttitude());
    }

    private static String findingsEn(EnterpriseFindings f) {
        return "Survey findings recorded for " + f.enterpriseName() + " (tax code " + f.taxCode() + ", "
                + ownershipEn(f.ownership()) + "): " + en(f.workers(), "worker", "workers") + ", "
                + en(f.officialMembers(), "official Party member", "official Party members") + ", "
                + en(f.probationaryMembers(), "probationary member", "probationary members") + ", "
                + en(f.membersRegisteredAtResidence(), "member", "members")
                + " still registered at their place of residence, "
                + en(f.officialMembersEmployed12Months(), "official member", "official members")
                + " employed 12 months or more; "
                + (f.tradeUnion() ? "trade union with " + en(f.tradeUnionMembers(), "member", "members") : "no trade union")
                + "; " + (f.youthUnion() ? "Youth Union with " + en(f.youthUnionMembers(), "member", "members")
                        : "no Youth Union")
                + "; " + (f.partyOrganizationExists() ? "has a Party organization" : "no Party organization")
                + "; owner's attitude: " + attitudeEn(f.ownerAttitude());
    }

    private static String ownershipVi(Ownership ownership) {
        return switch (ownership) {
            case PRIVATE -> "doanh nghiệp tư nhân";
            case FOREIGN_INVESTED -> "doanh nghiệp có vốn đầu tư nước ngoài";
            case JOINT_STOCK_STATE_MINORITY -> "công ty cổ phần có vốn nhà nước không chi phối";
        };
    }

    private static String ownershipEn(Ownership ownership) {
        return switch (ownership) {
            case PRIVATE -> "private enterprise";
            case FOREIGN_INVESTED -> "foreign-invested enterprise";
            case JOINT_STOCK_STATE_MINORITY -> "joint-stock company with a minority state share";
        };
    }

    static String attitudeVi(OwnerAttitude attitude) {
        return switch (attitude) {
            case SUPPORTIVE -> "ủng hộ";
            case UNDECIDED -> "chưa quyết định";
            case REFUSED -> "từ chối";
        };
    }

    static String attitudeEn(OwnerAttitude attitude) {
        return switch (attitude) {
            case SUPPORTIVE -> "supportive";
            case UNDECIDED -> "undecided";
            case REFUSED -> "refuses";
        };
    }
}
