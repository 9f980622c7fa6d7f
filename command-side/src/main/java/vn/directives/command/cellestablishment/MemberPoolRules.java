package vn.directives.command.cellestablishment;

import vn.directives.command.common.RuleViolation;

import java.util.HashSet;

/** The counts and references of a member pool must add up. */
final class MemberPoolRules {

    private MemberPoolRules() {
    }

    static void check(ConfirmMemberPool pool) {
        if (pool.officialMembers() < 0 || pool.probationaryMembers() < 0
                || pool.officialMembersEmployed12Months() < 0) {
            throw inconsistent("officialMembers", "Số đảng viên không được âm.", "Member counts cannot be negative.");
        }
        if (pool.officialMembersEmployed12Months() > pool.officialMembers()) {
            throw inconsistent("officialMembersEmployed12Months",
                    "Số đảng viên chính thức làm việc từ 12 tháng vượt quá số đảng viên chính thức.",
                    "More official members employed 12 months than official members.");
        }
        if (new HashSet<>(pool.memberRefs()).size() != pool.memberRefs().size()) {
            throw inconsistent("memberRefs", "Một đảng viên được kê hai lần.", "A member is listed twice.");
        }
        if (pool.memberRefs().size() > pool.officialMembers() + pool.probationaryMembers()) {
            throw inconsistent("memberRefs", "Số mã đảng viên vượt quá số đảng viên.",
                    "More member references than members.");
        }
    }

    private static RuleViolation inconsistent(String field, String vi, String en) {
        return RuleViolation.invalid("counts-consistent", field, vi, en);
    }
}
