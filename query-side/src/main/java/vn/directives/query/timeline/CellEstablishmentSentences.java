package vn.directives.query.timeline;

import vn.directives.events.cellestablishment.AbandonmentReason;
import vn.directives.events.cellestablishment.CellCommitteeAppointment;
import vn.directives.events.cellestablishment.CellEstablishmentAbandoned;
import vn.directives.events.cellestablishment.CellEstablishmentCompleted;
import vn.directives.events.cellestablishment.CellEstablishmentOpened;
import vn.directives.events.cellestablishment.EstablishmentAnnounced;
import vn.directives.events.cellestablishment.EstablishmentDecisionIssued;
import vn.directives.events.cellestablishment.EstablishmentProposalSubmitted;
import vn.directives.events.cellestablishment.MemberPoolConfirmed;
import vn.directives.events.cellestablishment.MembersIntroducedToExistingOrganization;
import vn.directives.events.cellestablishment.OwnerEngaged;
import vn.directives.query.enterprise.CodeLabel;

import java.util.List;
import java.util.stream.Collectors;

import static vn.directives.query.timeline.Wording.date;
import static vn.directives.query.timeline.Wording.en;
import static vn.directives.query.timeline.Wording.optional;
import static vn.directives.query.timeline.Wording.vi;

/** Sentences of a cell establishment's own steps (thành lập tổ chức đảng trong doanh nghiệp). */
final class CellEstablishmentSentences {

    private CellEstablishmentSentences() {
    }

    static void addTo(TimelineSentences sentences) {
        sentences.add(CellEstablishmentOpened.class, e -> new WhatChanged(e.openedOn(),
                "Mở nhiệm vụ thành lập tổ chức đảng tại %s (MST %s): %s"
                        .formatted(e.enterpriseName(), e.enterpriseTaxCode(), TaskSentences.headerVi(e.task())),
                "Party organization establishment opened at %s (tax code %s): %s"
                        .formatted(e.enterpriseName(), e.enterpriseTaxCode(), TaskSentences.headerEn(e.task()))));
        sentences.add(OwnerEngaged.class, e -> new WhatChanged(e.effectiveOn(),
                "Vận động chủ doanh nghiệp: %s%s"
                        .formatted(SurveySentences.attitudeVi(e.attitude()), optional("ghi chú", e.note())),
                "Owner engaged: %s%s".formatted(SurveySentences.attitudeEn(e.attitude()), optional("note", e.note()))));
        sentences.add(MemberPoolConfirmed.class, e -> new WhatChanged(e.effectiveOn(),
                ("Xác nhận đảng viên làm việc tại doanh nghiệp: %s đảng viên chính thức "
                        + "(%s làm việc từ 12 tháng trở lên), %s đảng viên dự bị").formatted(vi(e.officialMembers()),
                        vi(e.officialMembersEmployed12Months()), vi(e.probationaryMembers())),
                "Party members at the enterprise confirmed: %s (%s employed 12 months or more), %s".formatted(
                        en(e.officialMembers(), "official member", "official members"),
                        en(e.officialMembersEmployed12Months()),
                        en(e.probationaryMembers(), "probationary member", "probationary members"))));
        sentences.add(EstablishmentProposalSubmitted.class, e -> new WhatChanged(e.effectiveOn(),
                "Trình %s đề nghị thành lập tổ chức đảng".formatted(e.superiorCommittee()),
                "Establishment proposed to %s".formatted(e.superiorCommittee())));
        sentences.add(EstablishmentDecisionIssued.class, e -> new WhatChanged(e.effectiveOn(),
                "Quyết định thành lập %s số %s ngày %s của %s%s".formatted(e.organizationName(), e.decisionNumber(),
                        date(e.effectiveOn()), e.issuingCommittee(), committeeVi(e.cellCommittee())),
                "Decision No. %s of %s by %s establishing %s%s".formatted(e.decisionNumber(), date(e.effectiveOn()),
                        e.issuingCommittee(), e.organizationName(), committeeEn(e.cellCommittee()))));
        sentences.add(EstablishmentAnnounced.class, e -> new WhatChanged(e.effectiveOn(),
                "Công bố quyết định thành lập tại %s ngày %s".formatted(e.place(), date(e.effectiveOn())),
                "Establishment announced at %s on %s".formatted(e.place(), date(e.effectiveOn()))));
        sentences.add(CellEstablishmentCompleted.class, e -> new WhatChanged(e.effectiveOn(),
                ("Hoàn thành thành lập %s tại %s (MST %s) theo quyết định số %s ngày %s của %s: "
                        + "%s đảng viên chính thức, %s đảng viên dự bị%s").formatted(e.organizationName(),
                        e.enterpriseName(), e.enterpriseTaxCode(), e.decisionNumber(), date(e.decidedOn()),
                        e.issuingCommittee(), vi(e.officialMembers()), vi(e.probationaryMembers()),
                        e.kind() == null ? "" : "; loại tổ chức: %s, cấp ủy cấp trên trực tiếp: %s".formatted(
                                CodeLabel.partyOrganizationKind(e.kind().name()).label(),
                                NamedIds.unit(e.superiorCommitteeUnitId()))),
                "Establishment of %s at %s (tax code %s) completed under decision No. %s of %s by %s: %s and %s%s"
                        .formatted(e.organizationName(), e.enterpriseName(), e.enterpriseTaxCode(), e.decisionNumber(),
                                date(e.decidedOn()), e.issuingCommittee(),
                                en(e.officialMembers(), "official member", "official members"),
                                en(e.probationaryMembers(), "probationary member", "probationary members"),
                                e.kind() == null ? "" : "; kind: %s, directly superior committee: %s".formatted(
                                        CodeLabel.partyOrganizationKind(e.kind().name()).labelEn(),
                                        NamedIds.unit(e.superiorCommitteeUnitId())))));
        sentences.add(MembersIntroducedToExistingOrganization.class, e -> new WhatChanged(e.effectiveOn(),
                ("Chưa đủ 3 đảng viên chính thức để thành lập tổ chức đảng: giới thiệu %s đảng viên chính thức, "
                        + "%s đảng viên dự bị sinh hoạt tại %s").formatted(vi(e.officialMembers()),
                        vi(e.probationaryMembers()), e.receivingOrganization()),
                "Too few official members for a Party organization: %s and %s introduced to %s".formatted(
                        en(e.officialMembers(), "official member", "official members"),
                        en(e.probationaryMembers(), "probationary member", "probationary members"),
                        e.receivingOrganization())));
        sentences.add(CellEstablishmentAbandoned.class, e -> new WhatChanged(e.effectiveOn(),
                "Dừng thành lập tổ chức đảng: %s%s".formatted(reasonVi(e.reason()), optional("ghi chú", e.note())),
                "Establishment abandoned: %s%s".formatted(reasonEn(e.reason()), optional("note", e.note()))));
    }

    /** "; chỉ định: Bí thư m-1, Phó Bí thư m-2" (members by their pseudonymous references). */
    private static String committeeVi(List<CellCommitteeAppointment> committee) {
        return committee.isEmpty() ? "" : committee.stream()
                .map(appointment -> switch (appointment.post()) {
                    case SECRETARY -> "Bí thư ";
                    case DEPUTY_SECRETARY -> "Phó Bí thư ";
                    case COMMITTEE_MEMBER -> "Cấp ủy viên ";
                } + appointment.memberRef())
                .collect(Collectors.joining(", ", "; chỉ định: ", ""));
    }

    private static String committeeEn(List<CellCommitteeAppointment> committee) {
        return committee.isEmpty() ? "" : committee.stream()
                .map(appointment -> switch (appointment.post()) {
                    case SECRETARY -> "Secretary ";
                    case DEPUTY_SECRETARY -> "Deputy Secretary ";
                    case COMMITTEE_MEMBER -> "Committee member ";
                } + appointment.memberRef())
                .collect(Collectors.joining(", ", "; appointed: ", ""));
    }

    private static String reasonVi(AbandonmentReason reason) {
        return switch (reason) {
            case ENTERPRISE_DISSOLVED -> "doanh nghiệp giải thể, phá sản hoặc ngừng hoạt động";
            case OWNER_REFUSED -> "chủ doanh nghiệp không đồng ý";
            case OTHER -> "lý do khác";
        };
    }

    private static String reasonEn(AbandonmentReason reason) {
        return switch (reason) {
            case ENTERPRISE_DISSOLVED -> "the enterprise was dissolved, went bankrupt or stopped operating";
            case OWNER_REFUSED -> "the owner refused";
            case OTHER -> "other reason";
        };
    }
}
