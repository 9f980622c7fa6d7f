package vn.directives.query.report;

import vn.directives.query.consistency.CommandClient;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A directive followed up through 2022-2025, recorded through the command side's HTTP API on the
 * days it happened, for a report cut off on 15/11/2023 (period 16/11/2022-15/11/2023).
 *
 * <pre>
 * T0 survey       lead KCN        opened 01/03/2022 due 30/06/2022, closed 01/05/2022     before the period: not counted
 * T1 survey       lead KCN        opened 01/02/2023 due 30/06/2023, closed 20/05/2023     done on time
 * T2 cell est. E1 lead Phú Bình   opened 01/03/2023 due 30/09/2023, extended (approved) to 31/12/2023,
 *                                 completed 10/11/2023 but RECORDED 20/11/2023            as recorded: open within deadline;
 *                                                                                         corrected: done on time
 * T3 transfer     lead KCN        opened 03/04/2023 due 31/08/2023, completed 05/05/2023  done on time, official, on time
 * T4 course       lead Khối DN    opened 02/05/2023 due 31/07/2023, extension REJECTED,
 *                                 closed 10/08/2023 (4 enrolled, 4 trained, 3 passed)    done late (10 days)
 * T5 survey       lead Phú Bình   opened 01/06/2023 due 30/09/2023, still open            open overdue (46 days)
 * T6 cell est. E3 lead Khối DN    opened 01/07/2023, cancelled 15/08/2023                 cancelled
 * T7 course       lead KCN        opened 02/10/2023 due 31/03/2024                        open within deadline
 * G  general, point 5, lead Phú Bình, opened 01/06/2022 due 30/09/2022, progress 50% on 01/07/2022, part G1
 *                                 delegated to Xã Điềm Thụy 05/07/2022, completed 20/09/2022 with its product
 *                                 before the period: last year's point 5, done on time
 * S  sub-task of T5 delegated to Xã Điềm Thụy 01/07/2023 due 15/09/2023: a part of T5, counted through it
 * Phú Bình (district) dissolved 01/07/2025; Khối DN renamed 01/03/2025: the 2023 report keeps their 2023 names.
 * Enterprises: E4 surveyed 01/04/2022 (5 members 12 months+, trade union), Party organization since
 * 2019, 2 new members admitted 15/06/2023; E1 (4, union), E2 (1, union), E3 (3, no union) surveyed
 * in March 2023; E1's organization established by decision of 20/10/2023 (recorded 20/11/2023).
 * Registry: E1 (Xã Điềm Thụy, KCN Điềm Thụy, 300 workers) and E2 (Xã Điềm Thụy, no zone, 120 workers)
 * registered from 10/01/2023; E1's trade union founded 01/02/2023 with 250 members, 270 from 01/06/2023;
 * E2's Youth Union founded 01/03/2023 with 30. T3's transfer adds a member to E4's organization (05/05/2023).
 * </pre>
 */
final class ReportScenario {

    static final LocalDate CUT_OFF = LocalDate.of(2023, 11, 15);
    static final String KCN = "Đảng ủy các Khu công nghiệp tỉnh";
    static final String PHU_BINH = "Huyện ủy Phú Bình";
    static final String KHOI_DN = "Đảng ủy Khối Doanh nghiệp tỉnh";
    static final String AN = "Nguyễn Văn An (Phó Trưởng Ban Tổ chức Tỉnh ủy)";
    static final String BINH = "Trần Thị Bình (Ủy viên Ban Chỉ đạo)";
    static final String DIEM_THUY = "Xã Điềm Thụy";
    static final String G_PRODUCT = "Báo cáo số 12-BC/HU về kết quả quán triệt Chỉ thị";

    private final ReportSides sides;
    private final CommandClient commands;
    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    private final Map<String, String> units = new LinkedHashMap<>();
    private String memberAn;
    private String memberBinh;
    String directiveId;
    String t2;

    ReportScenario(ReportSides sides) {
        this.sides = sides;
        this.commands = sides.commands;
    }

    /** Everything recorded up to the cut-off day itself. */
    void recordedByTheCutOff() {
        on("2022-01-05");
        units.put(KCN, unit(KCN, "INDUSTRIAL_ZONES_PARTY_COMMITTEE", "2015-01-01"));
        units.put(PHU_BINH, unit(PHU_BINH, "DISTRICT_PARTY_COMMITTEE", "2010-01-01"));
        units.put(KHOI_DN, unit(KHOI_DN, "PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES", "2015-01-01"));
        memberAn = member("Nguyễn Văn An", "Phó Trưởng Ban Tổ chức Tỉnh ủy");
        memberBinh = member("Trần Thị Bình", "Ủy viên Ban Chỉ đạo");
        units.put(DIEM_THUY, commands.accepted("/api/units", Map.of("name", DIEM_THUY, "kind", "COMMUNE",
                "parentUnitId", units.get(PHU_BINH), "effectiveOn", "2015-01-01")).id());
        directiveId = directive();
        String e4Organization = commands.accepted("/api/party-organizations", Map.of("enterpriseTaxCode", taxCode(4),
                "enterpriseName", "Công ty TNHH May Việt Thái", "organizationName", "Chi bộ Công ty TNHH May Việt Thái",
                "since", "2019-05-01", "source", "INITIAL_REGISTRY", "sourceReference", "Danh sách 31/12/2021",
                "officialMembers", 5, "probationaryMembers", 0, "kind", "CELL_UNDER_GRASSROOTS_COMMITTEE",
                "superiorCommitteeUnitId", units.get(DIEM_THUY))).id();

        on("2022-03-01");
        String t0 = survey("T0 Khảo sát doanh nghiệp KCN Yên Bình 2022", KCN, memberAn, "2022-03-01", "2022-06-30");
        on("2022-04-01");
        finding(t0, 4, "Công ty TNHH May Việt Thái", 5, true, true, "2022-04-01");
        on("2022-05-01");
        commands.accepted("/api/surveys/" + t0 + "/closure", Map.of("summary", "Đã khảo sát 1 doanh nghiệp.",
                "effectiveOn", "2022-05-01"));
        on("2022-06-01");
        String g = commands.accepted("/api/general-tasks", Map.of("task", header(5,
                        "G Quán triệt Chỉ thị đến các chi bộ", PHU_BINH, memberAn, "2022-09-30"),
                "description", "Hội nghị quán triệt", "expectedProduct", "Báo cáo", "openedOn", "2022-06-01")).id();
        on("2022-07-01");
        commands.accepted("/api/general-tasks/" + g + "/progress-reports", Map.of("percentage", 50,
                "text", "Đã quán triệt tại 3 chi bộ", "effectiveOn", "2022-07-01"));
        on("2022-07-05");
        subTask("general-tasks", g, "G1 Quán triệt tại xã Điềm Thụy", "2022-09-15", "2022-07-05");
        on("2022-09-20");
        commands.accepted("/api/general-tasks/" + g + "/completion", Map.of("productDocument", G_PRODUCT,
                "effectiveOn", "2022-09-20"));

        on("2023-01-10");
        registered(1, "Công ty CP Cơ khí Phổ Yên", "KCN Điềm Thụy", 300);
        registered(2, "Công ty TNHH Điện tử Sông Công", null, 120);
        on("2023-02-01");
        commands.accepted("/api/enterprises/" + taxCode(1) + "/socio-political-organizations",
                Map.of("kind", "TRADE_UNION", "members", 250, "effectiveOn", "2023-02-01"));
        on("2023-03-01");
        commands.accepted("/api/enterprises/" + taxCode(2) + "/socio-political-organizations",
                Map.of("kind", "YOUTH_UNION", "members", 30, "effectiveOn", "2023-03-01"));

        on("2023-02-01");
        String t1 = survey("T1 Khảo sát doanh nghiệp KCN Điềm Thụy", KCN, memberAn, "2023-02-01", "2023-06-30");
        on("2023-03-01");
        t2 = cellEstablishment("T2 Thành lập chi bộ Công ty CP Cơ khí Phổ Yên", 1, "Công ty CP Cơ khí Phổ Yên",
                PHU_BINH, memberBinh, "2023-03-01", "2023-09-30");
        on("2023-03-10");
        finding(t1, 1, "Công ty CP Cơ khí Phổ Yên", 4, true, false, "2023-03-10");
        on("2023-03-12");
        finding(t1, 2, "Công ty TNHH Điện tử Sông Công", 1, true, false, "2023-03-12");
        on("2023-03-15");
        finding(t1, 3, "Công ty TNHH Gỗ Đại Từ", 3, false, false, "2023-03-15");
        on("2023-04-03");
        String t3 = memberTransfer("T3 Chuyển sinh hoạt đảng chính thức về Chi bộ Công ty TNHH May Việt Thái", KCN,
                memberAn, "2023-04-03", "2023-08-31");
        on("2023-04-10");
        commands.accepted("/api/member-transfers/" + t3 + "/introduction-letter", Map.of("letterNumber", "15-GGT/ĐU",
                "effectiveOn", "2023-04-10"));
        on("2023-04-20");
        commands.accepted("/api/member-transfers/" + t3 + "/letter-acceptance", Map.of("effectiveOn", "2023-04-20"));
        on("2023-05-02");
        String t4 = trainingCourse("T4 Lớp bồi dưỡng nhận thức về Đảng khóa 1/2023", KHOI_DN, memberBinh,
                "2023-05-02", "2023-07-31", "2023-08-01", "2023-08-05");
        on("2023-05-05");
        commands.accepted("/api/member-transfers/" + t3 + "/completion", Map.of("effectiveOn", "2023-05-05"));
        on("2023-05-10");
        commands.accepted("/api/training-courses/" + t4 + "/enrolments", Map.of("participants", List.of(
                enrollee("hv-1", KHOI_DN), enrollee("hv-2", KHOI_DN), enrollee("hv-3", KHOI_DN),
                enrollee("hv-4", KHOI_DN)), "effectiveOn", "2023-05-10"));
        on("2023-05-20");
        commands.accepted("/api/surveys/" + t1 + "/closure", Map.of("summary", "Đã khảo sát 3 doanh nghiệp.",
                "effectiveOn", "2023-05-20"));
        on("2023-06-01");
        String t5 = survey("T5 Khảo sát doanh nghiệp huyện Phú Bình", PHU_BINH, memberAn, "2023-06-01", "2023-09-30");
        commands.accepted("/api/enterprises/" + taxCode(1) + "/socio-political-organization-members",
                Map.of("kind", "TRADE_UNION", "members", 270, "effectiveOn", "2023-06-01"));
        on("2023-06-15");
        commands.accepted("/api/party-organizations/" + e4Organization + "/admissions",
                Map.of("admitted", 2, "effectiveOn", "2023-06-15"));
        on("2023-07-01");
        subTask("surveys", t5, "S Khảo sát doanh nghiệp xã Điềm Thụy", "2023-09-15", "2023-07-01");
        String t6 = cellEstablishment("T6 Thành lập chi bộ Công ty TNHH Gỗ Đại Từ", 3, "Công ty TNHH Gỗ Đại Từ",
                KHOI_DN, memberBinh, "2023-07-01", "2023-12-31");
        on("2023-07-20");
        String rejected = extension("training-courses", t4, "2023-10-31", "Chưa bố trí được giảng viên", "2023-07-20");
        on("2023-07-25");
        commands.accepted(rejected + "/rejection", Map.of("reason", "Không có lý do chính đáng",
                "effectiveOn", "2023-07-25"));
        on("2023-08-01");
        commands.accepted("/api/training-courses/" + t4 + "/opening", Map.of("effectiveOn", "2023-08-01"));
        on("2023-08-09");
        commands.accepted("/api/training-courses/" + t4 + "/results", Map.of("results", List.of(
                result("hv-1", true), result("hv-2", true), result("hv-3", true), result("hv-4", false)),
                "effectiveOn", "2023-08-09"));
        on("2023-08-10");
        commands.accepted("/api/training-courses/" + t4 + "/closure", Map.of("effectiveOn", "2023-08-10"));
        on("2023-08-15");
        commands.accepted("/api/cell-establishments/" + t6 + "/cancellation",
                Map.of("reason", "Doanh nghiệp tạm dừng hoạt động", "effectiveOn", "2023-08-15"));
        on("2023-09-01");
        String approved = extension("cell-establishments", t2, "2023-12-31", "Chờ doanh nghiệp bố trí nhân sự",
                "2023-09-01");
        on("2023-09-05");
        commands.accepted(approved + "/approval", Map.of("effectiveOn", "2023-09-05"));
        cellEstablishmentSteps(t2);
        on("2023-10-02");
        trainingCourse("T7 Lớp bồi dưỡng nghiệp vụ công tác đảng 2024", KCN, memberAn, "2023-10-02", "2024-03-31",
                "2024-03-01", "2024-03-03");
        on("2023-11-15");
    }

    /** Recorded after the cut-off day: a completion effective before it, then units changed in 2025. */
    void recordedAfterTheCutOff() {
        on("2023-11-20");
        commands.accepted("/api/cell-establishments/" + t2 + "/completion", Map.of("kind", "GRASSROOTS_CELL",
                "superiorCommitteeUnitId", units.get(KCN), "effectiveOn", "2023-11-10"));
        on("2025-03-01");
        commands.accepted("/api/units/" + units.get(KHOI_DN) + "/renaming",
                Map.of("newName", "Đảng ủy các cơ quan Đảng tỉnh", "effectiveOn", "2025-03-01"));
        on("2025-07-01");
        commands.accepted("/api/units/" + units.get(PHU_BINH) + "/dissolution",
                Map.of("reason", "Kết thúc hoạt động cấp huyện (Quy định 294-QĐ/TW)", "effectiveOn", "2025-07-01"));
    }

    void on(String day) {
        sides.clock.recordOn(LocalDate.parse(day));
    }

    private void cellEstablishmentSteps(String task) {
        String path = "/api/cell-establishments/" + task;
        on("2023-09-10");
        commands.accepted(path + "/owner-engagements", Map.of("attitude", "SUPPORTIVE", "effectiveOn", "2023-09-10"));
        on("2023-09-20");
        commands.accepted(path + "/member-pool", Map.of("officialMembers", 4, "probationaryMembers", 0,
                "officialMembersEmployed12Months", 4, "effectiveOn", "2023-09-20"));
        on("2023-10-05");
        commands.accepted(path + "/proposal", Map.of("superiorCommittee", "Đảng ủy các Khu công nghiệp tỉnh",
                "proposedOn", "2023-10-05"));
        on("2023-10-20");
        commands.accepted(path + "/establishment-decision", Map.of("decisionNumber", "215-QĐ/ĐU",
                "decidedOn", "2023-10-20", "issuingCommittee", "Ban Thường vụ Đảng ủy các Khu công nghiệp tỉnh",
                "organizationName", "Chi bộ Công ty CP Cơ khí Phổ Yên",
                "cellCommittee", List.of(Map.of("memberRef", "dv-" + run + "-1", "post", "SECRETARY"))));
        on("2023-10-27");
        commands.accepted(path + "/announcement", Map.of("announcedOn", "2023-10-27", "place", "Hội trường công ty"));
    }

    private String unit(String name, String kind, String since) {
        return commands.accepted("/api/units", Map.of("name", name, "kind", kind, "effectiveOn", since)).id();
    }

    private String member(String name, String post) {
        String id = "tv-" + run + "-" + (memberAn == null ? "an" : "binh");
        commands.accepted("/api/steering-committee/members", Map.of("memberId", id, "displayName", name,
                "post", post, "email", id + "@thainguyen.dcs.vn", "unitIds", List.of(units.get(KCN)),
                "effectiveOn", "2022-01-01"));
        return id;
    }

    private String directive() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", run.substring(2) + "-CT/TU");
        body.put("kind", "DIRECTIVE");
        body.put("issuedOn", "2022-01-05");
        body.put("issuingBody", "Ban Thường vụ Tỉnh ủy");
        body.put("title", "Về tăng cường xây dựng tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước");
        body.put("points", List.of(Map.of("number", 1, "text", "Khảo sát, nắm tình hình doanh nghiệp"),
                Map.of("number", 2, "text", "Thành lập tổ chức đảng"),
                Map.of("number", 3, "text", "Chuyển sinh hoạt đảng"), Map.of("number", 4, "text", "Bồi dưỡng"),
                Map.of("number", 5, "text", "Quán triệt, tuyên truyền Chỉ thị")));
        body.put("leadUnitId", units.get(KCN));
        body.put("cadence", Map.of("cutOffMonth", 11, "cutOffDay", 15, "reportTo", "Ban Thường vụ Tỉnh ủy"));
        body.put("targets", List.of(target("I1", 15), target("I2", 80), target("I3", 70), target("I4", 80)));
        return commands.accepted("/api/directives", body).id();
    }

    private static Map<String, Object> target(String indicator, int percent) {
        return Map.of("indicator", indicator, "description", "Chỉ tiêu " + indicator, "thresholdPercent", percent,
                "horizonYear", 2030);
    }

    private Map<String, Object> header(int point, String title, String lead, String assignee, String due) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("directiveId", directiveId);
        header.put("pointNumber", point);
        header.put("title", title);
        header.put("leadUnitId", units.get(lead));
        header.put("coordinatingUnitIds", List.of());
        header.put("assigneeId", assignee);
        header.put("dueDate", due);
        return header;
    }

    private String survey(String title, String lead, String assignee, String opened, String due) {
        return commands.accepted("/api/surveys", Map.of("task", header(1, title, lead, assignee, due),
                "scope", Map.of("kind", "INDUSTRIAL_ZONE", "references", List.of(), "description", title),
                "periodFrom", opened, "periodTo", due, "openedOn", opened)).id();
    }

    private void finding(String survey, int enterprise, String name, int employed12Months, boolean tradeUnion,
                         boolean organizationExists, String on) {
        Map<String, Object> finding = new LinkedHashMap<>();
        finding.put("taxCode", taxCode(enterprise));
        finding.put("enterpriseName", name);
        finding.put("ownership", "PRIVATE");
        finding.put("workers", 300);
        finding.put("officialMembers", employed12Months);
        finding.put("probationaryMembers", 0);
        finding.put("membersRegisteredAtResidence", 0);
        finding.put("officialMembersEmployed12Months", employed12Months);
        finding.put("tradeUnion", tradeUnion);
        finding.put("tradeUnionMembers", tradeUnion ? 200 : 0);
        finding.put("youthUnion", false);
        finding.put("youthUnionMembers", 0);
        finding.put("partyOrganizationExists", organizationExists);
        finding.put("ownerAttitude", "SUPPORTIVE");
        finding.put("effectiveOn", on);
        commands.accepted("/api/surveys/" + survey + "/findings", finding);
    }

    private String cellEstablishment(String title, int enterprise, String name, String lead, String assignee,
                                     String opened, String due) {
        return commands.accepted("/api/cell-establishments", Map.of("task", header(2, title, lead, assignee, due),
                "enterpriseTaxCode", taxCode(enterprise), "enterpriseName", name, "openedOn", opened)).id();
    }

    private String memberTransfer(String title, String lead, String assignee, String opened, String due) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("task", header(3, title, lead, assignee, due));
        body.put("member", Map.of("fullName", "Lê Văn Cường", "partyCardNumber", "93" + run,
                "citizenId", "019" + run + "123"));
        body.put("direction", "RESIDENCE_TO_ENTERPRISE");
        body.put("type", "OFFICIAL");
        body.put("sendingOrganization", Map.of("name", "Chi bộ xóm Đồng Tâm", "unitId", units.get(PHU_BINH)));
        body.put("receivingOrganization", Map.of("name", "Chi bộ Công ty TNHH May Việt Thái",
                "unitId", units.get(KCN), "enterpriseTaxCode", taxCode(4)));
        body.put("decisionDate", "2023-04-01");
        body.put("openedOn", opened);
        return commands.accepted("/api/member-transfers", body).id();
    }

    private String trainingCourse(String title, String lead, String assignee, String opened, String due,
                                  String start, String end) {
        return commands.accepted("/api/training-courses", Map.of("task", header(4, title, lead, assignee, due),
                "courseKind", "PARTY_AWARENESS", "organizerUnitId", units.get(lead), "plannedStart", start,
                "plannedEnd", end, "capacity", 30, "openedOn", opened)).id();
    }

    private String extension(String collection, String task, String requested, String reason, String on) {
        CommandClient.Answer answer = commands.accepted("/api/" + collection + "/" + task + "/extension-requests",
                Map.of("requestedDueDate", requested, "reason", reason, "effectiveOn", on));
        return answer.location().substring(answer.location().indexOf("/api/"));
    }

    private Map<String, Object> enrollee(String ref, String unit) {
        return Map.of("participantRef", ref, "unitId", units.get(unit));
    }

    private static Map<String, Object> result(String ref, boolean passed) {
        return Map.of("participantRef", ref, "attended", true, "passed", passed, "certificateIssued", passed);
    }

    /** A tax code of this run with a right check digit (the registry refuses any other). */
    String taxCode(int enterprise) {
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        for (int filler = 0; ; filler++) {
            String nine = "4" + run + filler + enterprise;
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += weights[i] * (nine.charAt(i) - '0');
            }
            if (sum % 11 != 0) {
                return nine + (10 - sum % 11);
            }
        }
    }

    private void registered(int enterprise, String name, String zone, int workers) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("taxCode", taxCode(enterprise));
        body.put("name", name);
        body.put("address", "Khu công nghiệp Điềm Thụy");
        body.put("communeUnitId", units.get(DIEM_THUY));
        if (zone != null) {
            body.put("zone", zone);
        }
        body.put("ownership", "PRIVATE");
        body.put("workers", workers);
        body.put("effectiveOn", "2023-01-10");
        commands.accepted("/api/enterprises", body);
    }

    private void subTask(String collection, String parent, String title, String due, String on) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", title);
        body.put("expectedProduct", "Báo cáo");
        body.put("leadUnitId", units.get(DIEM_THUY));
        body.put("coordinatingUnitIds", List.of());
        body.put("assigneeId", memberBinh);
        body.put("dueDate", due);
        body.put("effectiveOn", on);
        commands.accepted("/api/" + collection + "/" + parent + "/sub-tasks", body);
    }
}
