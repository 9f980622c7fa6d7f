package vn.directives.command.urging;

import vn.directives.command.support.Api;
import vn.directives.command.support.Api.Answer;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A survey opened over HTTP today (the test's clock) by the Organization Committee, assigned to
 * a member reached at an address of its own, and the steps that complete it.
 */
record SurveyOnTheClock(Api api, String taskId, String directiveId, String unitId, String memberId, String email) {

    static final String TITLE = "Khảo sát doanh nghiệp KCN Yên Bình";

    static SurveyOnTheClock open(Api api, LocalDate dueDate) {
        String unit = api.unit("Đảng ủy Khối Doanh nghiệp", "PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES");
        String email = "member-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999) + "@thainguyen.test";
        String member = api.member(unit, email);
        String directive = api.directive(unit);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("directiveId", directive);
        header.put("pointNumber", 2);
        header.put("title", TITLE);
        header.put("leadUnitId", unit);
        header.put("coordinatingUnitIds", List.of());
        header.put("assigneeId", member);
        header.put("dueDate", dueDate.toString());
        Answer opened = api.post("/api/surveys", Map.of("task", header,
                "scope", Map.of("kind", "INDUSTRIAL_ZONE", "references", List.of("kcn-yen-binh"),
                        "description", "KCN Yên Bình"),
                "periodFrom", dueDate.minusMonths(1).toString(), "periodTo", dueDate.toString()));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        return new SurveyOnTheClock(api, opened.id(), directive, unit, member, email);
    }

    void complete() {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("taxCode", String.valueOf(ThreadLocalRandom.current().nextLong(4_600_000_000L, 4_699_999_999L)));
        finding.put("enterpriseName", "Công ty TNHH Điện tử Minh Phát");
        finding.put("ownership", "FOREIGN_INVESTED");
        finding.put("workers", 1200);
        finding.put("officialMembers", 4);
        finding.put("probationaryMembers", 1);
        finding.put("membersRegisteredAtResidence", 3);
        finding.put("officialMembersEmployed12Months", 3);
        finding.put("tradeUnion", true);
        finding.put("tradeUnionMembers", 950);
        finding.put("youthUnion", true);
        finding.put("youthUnionMembers", 300);
        finding.put("partyOrganizationExists", false);
        finding.put("ownerAttitude", "SUPPORTIVE");
        expectOk(api.post("/api/surveys/" + taskId + "/findings", finding));
        expectOk(api.post("/api/surveys/" + taskId + "/closure",
                Map.of("summary", "Đã khảo sát 1 doanh nghiệp; đủ điều kiện thành lập chi bộ.")));
    }

    /** A step of the task's lifecycle (a sub-resource of the survey) that must succeed. */
    Answer step(String step, Object body) {
        Answer answer = api.post("/api/surveys/" + taskId + "/" + step, body);
        assertThat(answer.status()).as(step + ": " + answer.body()).isIn(200, 201);
        return answer;
    }

    private static void expectOk(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
    }
}
