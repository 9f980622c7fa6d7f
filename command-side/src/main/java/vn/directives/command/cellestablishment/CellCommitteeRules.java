package vn.directives.command.cellestablishment;

import vn.directives.command.common.RuleViolation;
import vn.directives.events.cellestablishment.CellCommitteeAppointment;
import vn.directives.events.cellestablishment.CellCommitteePost;

import java.util.HashSet;
import java.util.List;

/**
 * The committee an establishment decision appoints: one secretary, one post per member, official
 * members of the confirmed pool only.
 */
final class CellCommitteeRules {

    private static final String FIELD = "cellCommittee";

    private CellCommitteeRules() {
    }

    static void check(List<CellCommitteeAppointment> committee, MemberPool pool) {
        long secretaries = committee.stream().filter(a -> a.post() == CellCommitteePost.SECRETARY).count();
        if (secretaries != 1) {
            throw RuleViolation.invalid("one-secretary", FIELD, "Quyết định phải chỉ định đúng một Bí thư.",
                    "The decision must appoint exactly one secretary.");
        }
        if (new HashSet<>(committee.stream().map(CellCommitteeAppointment::memberRef).toList()).size()
                != committee.size()) {
            throw RuleViolation.invalid("one-post-per-member", FIELD, "Mỗi đảng viên chỉ giữ một chức vụ trong cấp ủy.",
                    "Each member holds one post in the committee.");
        }
        if (committee.size() > pool.officialMembers()) {
            throw RuleViolation.invalid("committee-of-official-members", FIELD,
                    "Số cấp ủy viên vượt quá số đảng viên chính thức đã xác nhận.",
                    "More committee members than confirmed official members.");
        }
        if (!committee.stream().allMatch(a -> pool.mayInclude(a.memberRef()))) {
            throw RuleViolation.invalid("appointee-in-member-pool", FIELD,
                    "Người được chỉ định phải thuộc nguồn đảng viên đã xác nhận.",
                    "Appointees must belong to the confirmed member pool.");
        }
    }
}
