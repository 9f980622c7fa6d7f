package vn.directives.command.partyorganization;

import vn.directives.command.common.RuleViolation;
import vn.directives.command.common.Rules;
import vn.directives.events.partyorganization.MemberCounts;
import vn.directives.events.partyorganization.MemberStatus;
import vn.directives.events.partyorganization.SuccessorShare;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of a merger or a dissolution that are about the organizations named and the members handed on. */
final class Reorganization {

    private Reorganization() {
    }

    /** The organization that takes members is another one, recorded and not closed. */
    static void requireOtherOpen(String self, String other, String field, OpenOrganizations organizations) {
        if (self.equals(other)) {
            throw RuleViolation.refused("reorganized-into-itself", field,
                    "Tổ chức đảng không thể hợp nhất vào hoặc kế thừa chính nó.",
                    "An organization cannot be merged into, or succeed, itself.");
        }
        if (!organizations.isOpen(other)) {
            throw RuleViolation.invalid("unknown-party-organization", field,
                    "Tổ chức đảng " + other + " không tồn tại hoặc đã hợp nhất, giải thể.",
                    "The Party organization " + other + " does not exist or was merged or dissolved.");
        }
    }

    /** Each successor named once, each another open organization. */
    static void requireSuccessors(String self, List<SuccessorShare> successors, OpenOrganizations organizations) {
        if (successors == null) {
            return;
        }
        Set<String> named = new HashSet<>();
        for (int i = 0; i < successors.size(); i++) {
            String field = "successors[" + i + "].partyOrganizationId";
            String id = Rules.requireText(successors.get(i).partyOrganizationId(), field);
            if (!named.add(id)) {
                throw RuleViolation.invalid("successor-named-twice", field,
                        "Tổ chức đảng kế thừa " + id + " được nêu hai lần.", "The successor " + id + " is named twice.");
            }
            requireOtherOpen(self, id, field, organizations);
        }
    }

    /** What the successors take and those leaving add up, status by status, to the members there are. */
    static void requireEveryMemberAccountedFor(MemberCounts members, List<SuccessorShare> successors,
                                               MemberCounts leaving) {
        MemberCounts accounted = leaving;
        for (SuccessorShare share : successors == null ? List.<SuccessorShare>of() : successors) {
            accounted = accounted.plus(share.members());
        }
        if (!accounted.equals(members)) {
            throw RuleViolation.refused("members-not-accounted-for", "leaving",
                    "Tổ chức đảng có " + words(members) + "; các tổ chức kế thừa và số ra khỏi tổ chức cộng lại là "
                            + words(accounted) + ". Mỗi đảng viên phải chuyển đến một tổ chức kế thừa hoặc được ghi là"
                            + " ra khỏi tổ chức.",
                    "The organization has " + members + "; successors and those leaving add up to " + accounted
                            + ". Every member must go to a successor or be stated as leaving.");
        }
    }

    static String label(MemberStatus status) {
        return switch (status) {
            case OFFICIAL -> "đảng viên chính thức";
            case PROBATIONARY -> "đảng viên dự bị";
            case TEMPORARY -> "đảng viên sinh hoạt tạm thời";
        };
    }

    private static String words(MemberCounts counts) {
        return counts.official() + " " + label(MemberStatus.OFFICIAL) + ", " + counts.probationary() + " "
                + label(MemberStatus.PROBATIONARY) + ", " + counts.temporary() + " " + label(MemberStatus.TEMPORARY);
    }
}
