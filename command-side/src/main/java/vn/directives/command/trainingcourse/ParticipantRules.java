package vn.directives.command.trainingcourse;

import vn.directives.command.common.PseudonymousRef;
import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.UnitDirectory;
import vn.directives.events.trainingcourse.Participant;
import vn.directives.events.trainingcourse.ParticipantResult;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What each participant in a request must satisfy, whatever the state of the course. */
final class ParticipantRules {

    /** A pseudonymous reference ({@link PseudonymousRef}). */
    static final String REF_PATTERN = PseudonymousRef.PATTERN;

    private ParticipantRules() {
    }

    /** References are pseudonymous, each appears once, and every unit is active on the date. */
    static void checkEnrolment(List<Participant> participants, UnitDirectory units, LocalDate on) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            Participant participant = participants.get(i);
            String field = "participants[" + i + "]";
            checkRef(participant.participantRef(), field + ".participantRef");
            requireOnce(seen, participant.participantRef(), field + ".participantRef");
            String unitId = participant.unitId();
            if (unitId == null || unitId.isBlank()) {
                throw RuleViolation.invalid("required", field + ".unitId",
                        "Trường '" + field + ".unitId' không được để trống.",
                        "Field '" + field + ".unitId' must not be blank.");
            }
            if (!units.isActive(unitId, on)) {
                throw RuleViolation.refused("unit-not-active", field + ".unitId",
                        "Đơn vị của học viên không hoạt động vào ngày " + on + ".",
                        "The participant's unit is not active on " + on + ".");
            }
        }
    }

    /** Each participant appears once, and a result follows the order attended, passed, certified. */
    static void checkResults(List<ParticipantResult> results) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            ParticipantResult result = results.get(i);
            String field = "results[" + i + "]";
            checkRef(result.participantRef(), field + ".participantRef");
            requireOnce(seen, result.participantRef(), field + ".participantRef");
            if (result.passed() && !result.attended()) {
                throw RuleViolation.invalid("pass-needs-attendance", field + ".passed",
                        "Học viên không tham gia học thì không thể đạt yêu cầu.",
                        "A participant who did not attend cannot pass.");
            }
            if (result.certificateIssued() && !result.passed()) {
                throw RuleViolation.invalid("certificate-needs-pass", field + ".certificateIssued",
                        "Chỉ cấp giấy chứng nhận cho học viên đạt yêu cầu.",
                        "A certificate is issued only to a participant who passed.");
            }
        }
    }

    static void checkRef(String ref, String field) {
        if (!PseudonymousRef.matches(ref)) {
            throw RuleViolation.invalid("participant-ref-pseudonymous", field,
                    "Mã học viên phải là mã bí danh (chữ không dấu, số, . _ : -), "
                            + "không phải họ tên, số thẻ đảng viên hay số CCCD.",
                    "The participant reference must be a pseudonymous id (ASCII letters, digits, . _ : -), "
                            + "never a name, a Party card number or a citizen ID.");
        }
    }

    private static void requireOnce(Set<String> seen, String ref, String field) {
        if (!seen.add(ref)) {
            throw RuleViolation.invalid("duplicate-participant", field,
                    "Một học viên xuất hiện hai lần trong cùng yêu cầu.",
                    "The same participant appears twice in one request.");
        }
    }
}
