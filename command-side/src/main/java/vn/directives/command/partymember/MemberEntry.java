package vn.directives.command.partymember;

import vn.directives.command.common.RuleViolation;
import vn.directives.command.memberdevelopment.ProbationPeriod;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.events.partyorganization.MemberStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's roster entry, without anything personal: the enterprise where they work (tax code), where
 * they are registered (exactly one of the enterprise's Party organization and a residence committee, a
 * unit), official or probationary, admitted and recognized on which days, and the category (null: not
 * stated). Its rules are written once, here: the aggregate refuses by the first, the import reports
 * them all.
 */
public record MemberEntry(String enterpriseTaxCode, String partyOrganizationId, String residenceCommitteeUnitId,
                          MemberStatus status, LocalDate admittedOn, LocalDate recognizedOn,
                          CandidateCategory category) {

    /** Fields the rules name, as the command's fields. */
    public static final String STATUS = "status";
    public static final String ADMITTED_ON = "admittedOn";
    public static final String RECOGNIZED_ON = "recognizedOn";
    public static final String REGISTERED_AT = "registeredAt";
    public static final String ENTERPRISE = "enterpriseTaxCode";

    /** Every rule the entry breaks, as of {@code today}; none when it is sound. */
    public List<RuleViolation> violations(LocalDate today) {
        List<RuleViolation> found = new ArrayList<>();
        if (enterpriseTaxCode == null || enterpriseTaxCode.isBlank()) {
            found.add(required(ENTERPRISE));
        }
        if ((partyOrganizationId == null) == (residenceCommitteeUnitId == null)) {
            found.add(RuleViolation.invalid("registered-once", REGISTERED_AT,
                    "Đảng viên sinh hoạt ở đúng một nơi: tổ chức đảng của doanh nghiệp hoặc cấp ủy nơi cư trú.",
                    "A member is registered in exactly one place: the enterprise's Party organization or the"
                            + " committee of their residence."));
        }
        if (status == null) {
            found.add(required(STATUS));
        } else if (status == MemberStatus.TEMPORARY) {
            found.add(RuleViolation.invalid("unknown-value", STATUS,
                    "Danh sách đảng viên chỉ ghi đảng viên chính thức hoặc dự bị; đảng viên sinh hoạt tạm thời do"
                            + " nơi sinh hoạt chính thức ghi.",
                    "A roster holds official or probationary members; members attending temporarily are on their"
                            + " own organization's roster."));
        }
        if (admittedOn == null) {
            found.add(required(ADMITTED_ON));
        } else if (admittedOn.isAfter(today)) {
            found.add(notInFuture(ADMITTED_ON));
        }
        if (recognizedOn != null && recognizedOn.isAfter(today)) {
            found.add(notInFuture(RECOGNIZED_ON));
        }
        if (status == MemberStatus.OFFICIAL && recognizedOn == null) {
            found.add(RuleViolation.invalid("required", RECOGNIZED_ON,
                    "Đảng viên chính thức phải có ngày công nhận chính thức.",
                    "An official member needs the day of recognition."));
        }
        if (status == MemberStatus.PROBATIONARY && recognizedOn != null) {
            found.add(RuleViolation.invalid("probationary-recognized", RECOGNIZED_ON,
                    "Đảng viên dự bị chưa được công nhận chính thức: bỏ trống ngày công nhận, hoặc ghi là chính thức.",
                    "A probationary member is not recognized yet: leave the day of recognition blank, or make"
                            + " the member official."));
        }
        if (admittedOn != null && recognizedOn != null && !ProbationPeriod.isOver(admittedOn, recognizedOn)) {
            found.add(ProbationPeriod.tooEarly(admittedOn, RECOGNIZED_ON));
        }
        return found;
    }

    private static RuleViolation required(String field) {
        return RuleViolation.invalid("required", field, "Trường '" + field + "' không được để trống.",
                "Field '" + field + "' must not be blank.");
    }

    private static RuleViolation notInFuture(String field) {
        return RuleViolation.invalid("not-in-future", field, "Ngày không được ở tương lai.",
                "The date cannot be in the future.");
    }
}
