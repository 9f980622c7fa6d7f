package vn.directives.command.survey;

import vn.directives.command.common.RuleViolation;
import vn.directives.events.survey.EnterpriseFindings;

/** Counts in one enterprise's findings must add up. */
final class SurveyFindingsRules {

    private SurveyFindingsRules() {
    }

    static void check(EnterpriseFindings f) {
        if (f.officialMembers() + f.probationaryMembers() > f.workers()) {
            throw inconsistent("officialMembers", "Số đảng viên vượt quá số lao động.",
                    "More Party members than workers.");
        }
        if (f.officialMembersEmployed12Months() > f.officialMembers()) {
            throw inconsistent("officialMembersEmployed12Months",
                    "Số đảng viên chính thức làm việc từ 12 tháng vượt quá số đảng viên chính thức.",
                    "More official members employed 12 months than official members.");
        }
        if (f.membersRegisteredAtResidence() > f.officialMembers() + f.probationaryMembers()) {
            throw inconsistent("membersRegisteredAtResidence",
                    "Số đảng viên sinh hoạt nơi cư trú vượt quá số đảng viên.",
                    "More members registered at residence than members.");
        }
        if (f.tradeUnionMembers() > f.workers() || (!f.tradeUnion() && f.tradeUnionMembers() > 0)) {
            throw inconsistent("tradeUnionMembers", "Số đoàn viên công đoàn không hợp lệ.",
                    "Trade union members inconsistent with the workers or the union's existence.");
        }
        if (f.youthUnionMembers() > f.workers() || (!f.youthUnion() && f.youthUnionMembers() > 0)) {
            throw inconsistent("youthUnionMembers", "Số đoàn viên thanh niên không hợp lệ.",
                    "Youth Union members inconsistent with the workers or the union's existence.");
        }
    }

    private static RuleViolation inconsistent(String field, String vi, String en) {
        return RuleViolation.invalid("counts-consistent", "findings." + field, vi, en);
    }
}
