package vn.directives.query.consistency;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small province's history written through the command side's public HTTP API, deterministic
 * from a seed: units, Steering Committee members, a directive, then tasks of all four kinds taken
 * through their lifecycles, with extensions approved and rejected, reassignments and
 * cancellations. Used to compare read models built live with read models rebuilt from history.
 */
final class ProvinceHistory {

    private static final List<String> NAMES = List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường",
            "Phạm Thị Dung", "Hoàng Văn Em", "Vũ Thị Giang");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final CommandClient commands;
    private final Random random;
    private final List<String> units = new ArrayList<>();
    private final List<String> members = new ArrayList<>();
    private String directive;
    private String assignee;
    private int tasks;

    ProvinceHistory(CommandClient commands, long seed) {
        this.commands = commands;
        this.random = new Random(seed);
    }

    /** Registers the units, members and the directive the tasks need. */
    ProvinceHistory founded() {
        String[][] names = {
                {"Đảng ủy các Khu công nghiệp tỉnh", "INDUSTRIAL_ZONES_PARTY_COMMITTEE"},
                {"Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES"},
                {"Liên đoàn Lao động tỉnh", "LABOUR_FEDERATION"},
                {"Tỉnh Đoàn", "YOUTH_UNION"},
                {"Đảng ủy phường Phan Đình Phùng", "WARD"}};
        for (String[] unit : names) {
            units.add(commands.accepted("/api/units", Map.of("name", unit[0], "kind", unit[1],
                    "effectiveOn", "2015-01-01")).id());
        }
        for (int i = 0; i < 4; i++) {
            String member = "member-" + Math.abs(random.nextLong() % 1_000_000_000L);
            commands.accepted("/api/steering-committee/members", Map.of("memberId", member,
                    "displayName", "Thành viên " + (i + 1), "post", "Ủy viên Ban Chỉ đạo",
                    "email", "tv" + (i + 1) + "@example.vn", "unitIds", List.of(units.get(i)),
                    "effectiveOn", "2020-01-01"));
            members.add(member);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", (1000 + random.nextInt(8999)) + "-CT/TU");
        body.put("kind", "DIRECTIVE");
        body.put("issuedOn", "2022-12-23");
        body.put("issuingBody", "Ban Thường vụ Tỉnh ủy");
        body.put("title", "Về tăng cường xây dựng tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước");
        body.put("points", List.of(Map.of("number", 1, "text", "Khảo sát"), Map.of("number", 2, "text", "Thành lập"),
                Map.of("number", 3, "text", "Chuyển sinh hoạt"), Map.of("number", 4, "text", "Bồi dưỡng")));
        body.put("leadUnitId", units.get(0));
        body.put("cadence", Map.of("cutOffMonth", 11, "cutOffDay", 15, "reportTo", "Ban Thường vụ Tỉnh ủy"));
        directive = commands.accepted("/api/directives", body).id();
        registry();
        return this;
    }

    /**
     * A few enterprises of the ward in the registry: one changed, one ceased, one with a trade union,
     * one with a Party organization recorded as existing and later re-affiliated.
     * All in 2026: the registry is province-wide, and the yearly report's test shares this database
     * with reports of 2022 and 2023 whose figures must not see them.
     */
    private void registry() {
        String ward = units.get(4);
        List<String> taxCodes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String taxCode = checkedTaxCode();
            commands.accepted("/api/enterprises", Map.of("taxCode", taxCode, "name", "Công ty TNHH số " + i,
                    "address", "Số " + (i + 1) + " đường Lương Ngọc Quyến", "communeUnitId", ward,
                    "ownership", "PRIVATE", "workers", 50 + random.nextInt(500), "effectiveOn", "2026-03-02"));
            taxCodes.add(taxCode);
        }
        commands.accepted("/api/enterprises/" + taxCodes.get(0) + "/changes", Map.of("name", "Công ty cổ phần số 0",
                "address", "Số 1 đường Lương Ngọc Quyến", "communeUnitId", ward, "ownership", "JOINT_STOCK_STATE_MINORITY",
                "workers", 700, "effectiveOn", "2026-06-01"));
        commands.accepted("/api/enterprises/" + taxCodes.get(1) + "/cessation",
                Map.of("reason", "Giải thể theo quyết định của chủ sở hữu", "effectiveOn", "2026-07-15"));
        commands.accepted("/api/enterprises/" + taxCodes.get(2) + "/socio-political-organizations",
                Map.of("kind", "TRADE_UNION", "members", 120, "effectiveOn", "2026-05-04"));
        // a Party organization the enterprise already had, then its re-affiliation as it grows
        Map<String, Object> organization = new LinkedHashMap<>();
        organization.put("enterpriseTaxCode", taxCodes.get(3));
        organization.put("enterpriseName", "Công ty TNHH số 3");
        organization.put("organizationName", "Chi bộ Công ty TNHH số 3");
        organization.put("kind", "GRASSROOTS_CELL");
        organization.put("superiorCommitteeUnitId", units.get(1));
        organization.put("since", "2026-04-01");
        organization.put("source", "INITIAL_REGISTRY");
        organization.put("sourceReference", "Danh sách tổ chức đảng trong doanh nghiệp, 31/03/2026");
        organization.put("officialMembers", 9);
        organization.put("probationaryMembers", 1);
        CommandClient.Answer recorded = commands.accepted("/api/party-organizations", organization);
        commands.accepted("/api/party-organizations/" + recorded.id() + "/affiliations", Map.of(
                "kind", "GRASSROOTS_COMMITTEE", "superiorCommitteeUnitId", units.get(0), "effectiveOn", "2026-09-01"),
                "If-Match", recorded.etag());
        // its probationary member recognized, an official member's death, and a second organization merged into it
        commands.accepted("/api/party-organizations/" + recorded.id() + "/recognitions",
                Map.of("members", 1, "effectiveOn", "2026-10-01"));
        commands.accepted("/api/party-organizations/" + recorded.id() + "/exits",
                Map.of("reason", "DEATH", "status", "OFFICIAL", "members", 1, "effectiveOn", "2026-10-15"));
        organization.put("enterpriseTaxCode", taxCodes.get(0));
        organization.put("enterpriseName", "Công ty cổ phần số 0");
        organization.put("organizationName", "Chi bộ Công ty cổ phần số 0");
        organization.put("officialMembers", 3);
        organization.put("probationaryMembers", 0);
        CommandClient.Answer merged = commands.accepted("/api/party-organizations", organization);
        commands.accepted("/api/party-organizations/" + merged.id() + "/merger",
                Map.of("intoPartyOrganizationId", recorded.id(), "effectiveOn", "2026-11-02"));
        // a district committee dissolved into the two ward committees that succeed it, as districts were in 2025
        String district = commands.accepted("/api/units", Map.of("name", "Huyện ủy Phú Lương", "kind",
                "DISTRICT_PARTY_COMMITTEE", "effectiveOn", "2024-01-01")).id();
        List<String> successors = new ArrayList<>();
        for (String name : List.of("Đảng ủy phường Phú Lương", "Đảng ủy xã Yên Đổ")) {
            successors.add(commands.accepted("/api/units", Map.of("name", name, "kind", "WARD",
                    "effectiveOn", "2024-01-01")).id());
        }
        commands.accepted("/api/units/" + district + "/dissolution", Map.of("reason", "Sắp xếp đơn vị hành chính",
                "successorUnitIds", successors, "effectiveOn", "2025-07-01"));
    }

    /** A tax code whose tenth digit checks (weights 31, 29, 23, 19, 17, 13, 7, 5, 3). */
    private String checkedTaxCode() {
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        while (true) {
            String nine = String.valueOf(460_000_000L + Math.abs(random.nextLong() % 9_999_999L));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += weights[i] * (nine.charAt(i) - '0');
            }
            int check = 10 - sum % 11;
            if (check < 10) {
                return nine + check;
            }
        }
    }

    /** Adds {@code count} tasks, each taken through a random lifecycle of its kind. */
    ProvinceHistory withTasks(int count) {
        for (int i = 0; i < count; i++) {
            switch (random.nextInt(4)) {
                case 0 -> survey();
                case 1 -> cellEstablishment();
                case 2 -> memberTransfer();
                default -> trainingCourse();
            }
            tasks++;
        }
        return this;
    }

    int tasks() {
        return tasks;
    }

    private Map<String, Object> header(int point, String title) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("directiveId", directive);
        header.put("pointNumber", point);
        header.put("title", title + " #" + tasks);
        header.put("leadUnitId", pick(units));
        header.put("coordinatingUnitIds", List.of(pick(units)));
        assignee = pick(members);
        header.put("assigneeId", assignee);
        header.put("dueDate", TODAY.minusDays(random.nextInt(40)).plusDays(random.nextInt(60)).toString());
        return header;
    }

    private String opened() {
        return TODAY.minusDays(60 + random.nextInt(30)).toString();
    }

    private String taxCode() {
        return String.valueOf(4_600_000_000L + Math.abs(random.nextLong() % 99_999_999L));
    }

    private void survey() {
        CommandClient.Answer opened = commands.accepted("/api/surveys", Map.of("task", header(1, "Khảo sát"),
                "scope", Map.of("kind", "ENTERPRISES", "references", List.of(taxCode()), "description", "Doanh nghiệp"),
                "periodFrom", opened(), "periodTo", TODAY.toString(), "openedOn", opened()));
        String path = "/api/surveys/" + opened.id();
        String etag = commonSteps(path, opened.etag());
        if (etag == null) {
            return;
        }
        int findings = 1 + random.nextInt(3);
        for (int f = 0; f < findings; f++) {
            int official = random.nextInt(6);
            Map<String, Object> finding = new LinkedHashMap<>();
            finding.put("taxCode", taxCode());
            finding.put("enterpriseName", "Công ty TNHH số " + random.nextInt(10_000));
            finding.put("ownership", random.nextBoolean() ? "PRIVATE" : "FOREIGN_INVESTED");
            finding.put("workers", 50 + random.nextInt(2000));
            finding.put("officialMembers", official);
            finding.put("probationaryMembers", random.nextInt(2));
            finding.put("membersRegisteredAtResidence", 0);
            finding.put("officialMembersEmployed12Months", official == 0 ? 0 : random.nextInt(official + 1));
            finding.put("tradeUnion", true);
            finding.put("tradeUnionMembers", 40);
            finding.put("youthUnion", false);
            finding.put("youthUnionMembers", 0);
            finding.put("partyOrganizationExists", random.nextInt(4) == 0);
            finding.put("ownerAttitude", random.nextBoolean() ? "SUPPORTIVE" : "UNDECIDED");
            etag = commands.accepted(path + "/findings", finding, "If-Match", etag).etag();
        }
        if (random.nextInt(3) > 0) {
            commands.accepted(path + "/closure", Map.of("summary", "Đã khảo sát " + findings + " doanh nghiệp."),
                    "If-Match", etag);
        }
    }

    private void cellEstablishment() {
        CommandClient.Answer opened = commands.accepted("/api/cell-establishments", Map.of(
                "task", header(2, "Thành lập chi bộ"), "enterpriseTaxCode", taxCode(),
                "enterpriseName", "Công ty cổ phần số " + random.nextInt(10_000), "openedOn", opened()));
        String path = "/api/cell-establishments/" + opened.id();
        String etag = commonSteps(path, opened.etag());
        if (etag == null) {
            return;
        }
        etag = commands.accepted(path + "/owner-engagements", Map.of("attitude", "SUPPORTIVE"), "If-Match", etag).etag();
        etag = commands.accepted(path + "/member-pool", Map.of("officialMembers", 3 + random.nextInt(3),
                "probationaryMembers", 0, "officialMembersEmployed12Months", 3), "If-Match", etag).etag();
        if (random.nextInt(3) == 0) {
            return;
        }
        etag = commands.accepted(path + "/proposal", Map.of("superiorCommittee", "Đảng ủy các KCN",
                "proposedOn", TODAY.toString()), "If-Match", etag).etag();
        etag = commands.accepted(path + "/establishment-decision", Map.of("decisionNumber", random.nextInt(999) + "-QĐ/ĐU",
                "decidedOn", TODAY.toString(), "issuingCommittee", "Ban Thường vụ Đảng ủy các KCN",
                "organizationName", "Chi bộ công ty " + random.nextInt(10_000),
                "cellCommittee", List.of(Map.of("memberRef", "m-" + random.nextInt(1_000_000), "post", "SECRETARY"))),
                "If-Match", etag).etag();
        etag = commands.accepted(path + "/announcement", Map.of("announcedOn", TODAY.toString(), "place", "Hội trường"),
                "If-Match", etag).etag();
        commands.accepted(path + "/completion", Map.of("kind", random.nextBoolean() ? "GRASSROOTS_CELL"
                : "GRASSROOTS_COMMITTEE", "superiorCommitteeUnitId", units.get(1)), "If-Match", etag);
    }

    private void memberTransfer() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("task", header(3, "Chuyển sinh hoạt đảng"));
        body.put("member", Map.of("fullName", pick(NAMES),
                "partyCardNumber", String.valueOf(10_000_000 + random.nextInt(89_999_999)),
                "citizenId", String.valueOf(100_000_000_000L + Math.abs(random.nextLong() % 899_999_999_999L))));
        body.put("direction", "RESIDENCE_TO_ENTERPRISE");
        boolean temporary = random.nextBoolean();
        body.put("type", temporary ? "TEMPORARY" : "OFFICIAL");
        if (temporary) {
            body.put("temporaryPeriod", Map.of("from", TODAY.toString(), "until", TODAY.plusMonths(6).toString()));
        }
        body.put("sendingOrganization", Map.of("name", "Chi bộ khu dân cư", "unitId", pick(units)));
        body.put("receivingOrganization", Map.of("name", "Chi bộ doanh nghiệp", "unitId", pick(units),
                "enterpriseTaxCode", taxCode()));
        String openedOn = opened();
        body.put("decisionDate", LocalDate.parse(openedOn).minusDays(3).toString());
        body.put("openedOn", openedOn);
        CommandClient.Answer opened = commands.accepted("/api/member-transfers", body);
        String path = "/api/member-transfers/" + opened.id();
        String etag = commonSteps(path, opened.etag());
        if (etag == null) {
            return;
        }
        etag = commands.accepted(path + "/introduction-letter", Map.of("letterNumber", random.nextInt(999) + "-GGT/ĐU",
                "lateReason", "Chờ hồ sơ", "effectiveOn", LocalDate.parse(openedOn).plusDays(2).toString()),
                "If-Match", etag).etag();
        if (random.nextBoolean()) {
            etag = commands.accepted(path + "/letter-acceptance", Map.of("lateReason", "Chờ lịch sinh hoạt"),
                    "If-Match", etag).etag();
            commands.accepted(path + "/completion", Map.of(), "If-Match", etag);
        }
    }

    private void trainingCourse() {
        CommandClient.Answer opened = commands.accepted("/api/training-courses", Map.of(
                "task", header(4, "Lớp bồi dưỡng"), "courseKind", "PARTY_AWARENESS", "organizerUnitId", pick(units),
                "plannedStart", TODAY.toString(), "plannedEnd", TODAY.plusDays(4).toString(), "capacity", 5,
                "openedOn", opened()));
        String path = "/api/training-courses/" + opened.id();
        String etag = commonSteps(path, opened.etag());
        if (etag == null) {
            return;
        }
        List<Map<String, Object>> enrollees = new ArrayList<>();
        List<Map<String, Object>> results = new ArrayList<>();
        for (int p = 0; p < 1 + random.nextInt(5); p++) {
            String ref = "p-" + tasks + "-" + p;
            enrollees.add(Map.of("participantRef", ref, "unitId", pick(units)));
            boolean passed = random.nextBoolean();
            results.add(Map.of("participantRef", ref, "attended", true, "passed", passed, "certificateIssued", passed));
        }
        etag = commands.accepted(path + "/enrolments", Map.of("participants", enrollees), "If-Match", etag).etag();
        if (random.nextInt(4) == 0) {
            return;
        }
        etag = commands.accepted(path + "/opening", Map.of(), "If-Match", etag).etag();
        etag = commands.accepted(path + "/results", Map.of("results", results), "If-Match", etag).etag();
        commands.accepted(path + "/closure", Map.of(), "If-Match", etag);
    }

    /**
     * The steps every kind shares, at random: an extension requested then approved or rejected,
     * a reassignment, sometimes a cancellation (then null: the task is over).
     */
    private String commonSteps(String path, String etag) {
        if (random.nextInt(3) == 0) {
            CommandClient.Answer requested = commands.accepted(path + "/extension-requests", Map.of(
                    "requestedDueDate", TODAY.plusDays(90 + random.nextInt(60)).toString(), "reason", "Chưa kịp tiến độ"),
                    "If-Match", etag);
            String extension = requested.location().substring(requested.location().indexOf("/api/"));
            etag = random.nextBoolean()
                    ? commands.accepted(extension + "/approval", Map.of(), "If-Match", requested.etag()).etag()
                    : commands.accepted(extension + "/rejection", Map.of("reason", "Không đủ căn cứ"),
                    "If-Match", requested.etag()).etag();
        }
        if (random.nextInt(5) == 0) {
            String next = members.get((members.indexOf(assignee) + 1) % members.size());
            etag = commands.accepted(path + "/reassignments", Map.of("toMemberId", next, "reason", "Phân công lại"),
                    "If-Match", etag).etag();
        }
        if (random.nextInt(8) == 0) {
            commands.accepted(path + "/cancellation", Map.of("reason", "Không còn phù hợp"), "If-Match", etag);
            return null;
        }
        return etag;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
