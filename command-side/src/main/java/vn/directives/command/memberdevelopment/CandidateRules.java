package vn.directives.command.memberdevelopment;

import vn.directives.command.common.CommandContext;
import vn.directives.command.common.PseudonymousRef;
import vn.directives.command.common.RuleViolation;
import vn.directives.platform.security.Role;

/** Who may follow candidates, and what a candidate's reference must look like. */
final class CandidateRules {

    private CandidateRules() {
    }

    /**
     * Candidates are proposed and followed by the unit's officers as well as the Organization
     * Committee; admission and recognition, decided by a committee, are recorded by the latter only.
     */
    static void requireMayFollowCandidates(CommandContext context) {
        if (!(context.hasRole(Role.ORGANIZATION_COMMITTEE) || context.hasRole(Role.UNIT_OFFICER))) {
            throw RuleViolation.forbidden("may-not-follow-candidates",
                    "Chỉ Ban Tổ chức Tỉnh ủy và cán bộ đơn vị được theo dõi quần chúng ưu tú.",
                    "Only the Organization Committee and unit officers may follow candidates.");
        }
    }

    /** The same shape as a training course participant's reference: never a name or an ID number. */
    static String checkedRef(String candidateRef) {
        if (!PseudonymousRef.matches(candidateRef)) {
            throw RuleViolation.invalid("candidate-ref-pseudonymous", "candidateRef",
                    "Mã quần chúng phải là mã bí danh (chữ không dấu, số, . _ : -), "
                            + "không phải họ tên, số thẻ đảng viên hay số CCCD.",
                    "The candidate reference must be a pseudonymous id (ASCII letters, digits, . _ : -), "
                            + "never a name, a Party card number or a citizen ID.");
        }
        return candidateRef;
    }
}
