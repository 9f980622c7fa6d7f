package vn.directives.benchmark.load;

import vn.directives.benchmark.Latencies;
import vn.directives.benchmark.http.Http;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * What clerks send, in the proportions of the generated history: mostly survey findings, then
 * training enrolments and results, member transfers and cell establishments, with extension
 * requests. Each flow opens a task and takes it through its steps with {@code If-Match}, as a
 * clerk would, one command after the other. Reference data (units, members, a directive) is
 * registered over HTTP first, so that the command side's lookups know it.
 */
final class CommandMix {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000);

    private final Http http;
    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final List<String> units = new ArrayList<>();
    private final List<String> members = new ArrayList<>();
    private String directive;

    CommandMix(Http http) {
        this.http = http;
    }

    /** Registers what the tasks refer to. */
    CommandMix prepared() {
        String run = Long.toString(SERIAL.incrementAndGet(), 36);
        String[][] kinds = {{"Đảng ủy các Khu công nghiệp tỉnh", "INDUSTRIAL_ZONES_PARTY_COMMITTEE"},
                {"Liên đoàn Lao động tỉnh", "LABOUR_FEDERATION"}, {"Tỉnh Đoàn", "YOUTH_UNION"}};
        for (String[] unit : kinds) {
            units.add(http.accepted("/api/units", Map.of("name", unit[0] + " (đo tải)", "kind", unit[1],
                    "effectiveOn", "2015-01-01"), null).body().path("id").asString());
        }
        for (int i = 0; i < 6; i++) {
            String member = "tai-" + run + "-" + i;
            http.accepted("/api/steering-committee/members", Map.of("memberId", member, "displayName",
                    "Thành viên đo tải", "post", "Ủy viên Ban Chỉ đạo", "email", member + "@example.vn",
                    "unitIds", List.of(units.get(i % units.size())), "effectiveOn", "2020-01-01"), null);
            members.add(member);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", (1_000 + SERIAL.get() % 9_000) + "-KH/TU");
        body.put("kind", "PLAN");
        body.put("issuedOn", "2023-01-05");
        body.put("issuingBody", "Ban Thường vụ Tỉnh ủy");
        body.put("title", "Kế hoạch đo tải");
        body.put("points", List.of(Map.of("number", 1, "text", "Khảo sát"), Map.of("number", 2, "text", "Thành lập"),
                Map.of("number", 3, "text", "Chuyển sinh hoạt"), Map.of("number", 4, "text", "Bồi dưỡng")));
        body.put("leadUnitId", units.get(0));
        body.put("cadence", Map.of("cutOffMonth", 11, "cutOffDay", 15, "reportTo", "Ban Thường vụ Tỉnh ủy"));
        directive = http.accepted("/api/directives", body, null).body().path("id").asString();
        return this;
    }

    /** A client: sends flows one command at a time; each accepted command's latency (µs) and position go to the sink. */
    final class Client {

        private final Random random;
        private final Timed timed;

        Client(long seed, Timed timed) {
            this.random = new Random(seed);
            this.timed = timed;
        }

        /** One flow, chosen as the history's mix says. */
        void flow() {
            int pick = random.nextInt(100);
            if (pick < 55) {
                survey();
            } else if (pick < 75) {
                trainingCourse();
            } else if (pick < 90) {
                memberTransfer();
            } else {
                cellEstablishment();
            }
        }

        private Map<String, Object> header(int point) {
            Map<String, Object> header = new LinkedHashMap<>();
            header.put("directiveId", directive);
            header.put("pointNumber", point);
            header.put("title", "Nhiệm vụ đo tải " + SERIAL.incrementAndGet());
            header.put("leadUnitId", units.get(random.nextInt(units.size())));
            header.put("coordinatingUnitIds", List.of());
            header.put("assigneeId", members.get(random.nextInt(members.size())));
            header.put("dueDate", today.plusDays(60).toString());
            return header;
        }

        private String opened() {
            return today.minusDays(30).toString();
        }

        private String taxCode() {
            return String.valueOf(7_000_000_000L + SERIAL.incrementAndGet());
        }

        private String extension(String path, String etag) {
            if (random.nextInt(4) != 0) {
                return etag;
            }
            Http.Answer requested = timed.post(path + "/extension-requests", Map.of("requestedDueDate",
                    today.plusDays(120).toString(), "reason", "Chưa kịp tiến độ"), etag);
            String extension = requested.location().substring(requested.location().indexOf("/api/"));
            return timed.post(extension + "/approval", Map.of(), requested.etag()).etag();
        }

        private void survey() {
            Http.Answer opened = timed.post("/api/surveys", Map.of("task", header(1), "scope", Map.of("kind",
                    "ENTERPRISES", "references", List.of(), "description", "Doanh nghiệp trên địa bàn"),
                    "periodFrom", today.minusYears(1).toString(), "periodTo", today.toString(), "openedOn", opened()), null);
            String path = "/api/surveys/" + opened.body().path("id").asString();
            String etag = extension(path, opened.etag());
            for (int f = 0; f < 12; f++) {
                int official = random.nextInt(6);
                Map<String, Object> finding = new LinkedHashMap<>();
                finding.put("taxCode", taxCode());
                finding.put("enterpriseName", "Công ty TNHH đo tải");
                finding.put("ownership", "PRIVATE");
                finding.put("workers", 50 + random.nextInt(500));
                finding.put("officialMembers", official);
                finding.put("probationaryMembers", 0);
                finding.put("membersRegisteredAtResidence", 0);
                finding.put("officialMembersEmployed12Months", official);
                finding.put("tradeUnion", true);
                finding.put("tradeUnionMembers", 40);
                finding.put("youthUnion", false);
                finding.put("youthUnionMembers", 0);
                finding.put("partyOrganizationExists", false);
                finding.put("ownerAttitude", "SUPPORTIVE");
                etag = timed.post(path + "/findings", finding, etag).etag();
            }
            timed.post(path + "/closure", Map.of("summary", "Đã khảo sát 12 doanh nghiệp."), etag);
        }

        private void trainingCourse() {
            Http.Answer opened = timed.post("/api/training-courses", Map.of("task", header(4), "courseKind",
                    "PARTY_AWARENESS", "organizerUnitId", units.get(0), "plannedStart", today.toString(),
                    "plannedEnd", today.plusDays(4).toString(), "capacity", 40, "openedOn", opened()), null);
            String path = "/api/training-courses/" + opened.body().path("id").asString();
            String etag = extension(path, opened.etag());
            List<Map<String, Object>> results = new ArrayList<>();
            for (int batch = 0; batch < 4; batch++) {
                List<Map<String, Object>> participants = new ArrayList<>();
                for (int p = 0; p < 3; p++) {
                    String ref = "hv-" + SERIAL.incrementAndGet();
                    participants.add(Map.of("participantRef", ref, "unitId", units.get(random.nextInt(units.size()))));
                    results.add(Map.of("participantRef", ref, "attended", true, "passed", true,
                            "certificateIssued", true));
                }
                etag = timed.post(path + "/enrolments", Map.of("participants", participants), etag).etag();
            }
            etag = timed.post(path + "/opening", Map.of(), etag).etag();
            etag = timed.post(path + "/results", Map.of("results", results), etag).etag();
            timed.post(path + "/closure", Map.of(), etag);
        }

        private void memberTransfer() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("task", header(3));
            body.put("member", Map.of("fullName", "Nguyễn Văn An", "partyCardNumber",
                    String.valueOf(10_000_000 + SERIAL.incrementAndGet() % 89_999_999), "citizenId",
                    String.valueOf(100_000_000_000L + SERIAL.incrementAndGet())));
            body.put("direction", "RESIDENCE_TO_ENTERPRISE");
            body.put("type", "OFFICIAL");
            body.put("sendingOrganization", Map.of("name", "Chi bộ khu dân cư", "unitId", units.get(1)));
            body.put("receivingOrganization", Map.of("name", "Chi bộ doanh nghiệp", "unitId", units.get(0),
                    "enterpriseTaxCode", taxCode()));
            body.put("decisionDate", today.minusDays(33).toString());
            body.put("openedOn", opened());
            Http.Answer opened = timed.post("/api/member-transfers", body, null);
            String path = "/api/member-transfers/" + opened.body().path("id").asString();
            String etag = extension(path, opened.etag());
            etag = timed.post(path + "/introduction-letter", Map.of("letterNumber", "12-GGT/ĐU",
                    "lateReason", "Chờ hồ sơ"), etag).etag();
            etag = timed.post(path + "/letter-acceptance", Map.of("lateReason", "Chờ lịch sinh hoạt"), etag).etag();
            timed.post(path + "/completion", Map.of(), etag);
        }

        private void cellEstablishment() {
            Http.Answer opened = timed.post("/api/cell-establishments", Map.of("task", header(2), "enterpriseTaxCode",
                    taxCode(), "enterpriseName", "Công ty cổ phần đo tải", "openedOn", opened()), null);
            String path = "/api/cell-establishments/" + opened.body().path("id").asString();
            String etag = extension(path, opened.etag());
            etag = timed.post(path + "/owner-engagements", Map.of("attitude", "SUPPORTIVE"), etag).etag();
            etag = timed.post(path + "/member-pool", Map.of("officialMembers", 4, "probationaryMembers", 0,
                    "officialMembersEmployed12Months", 3), etag).etag();
            etag = timed.post(path + "/proposal", Map.of("superiorCommittee", "Đảng ủy các KCN",
                    "proposedOn", today.toString()), etag).etag();
            etag = timed.post(path + "/establishment-decision", Map.of("decisionNumber", "15-QĐ/ĐU",
                    "decidedOn", today.toString(), "issuingCommittee", "Ban Thường vụ Đảng ủy các KCN",
                    "organizationName", "Chi bộ công ty đo tải", "cellCommittee", List.of(Map.of("memberRef",
                            "m-" + SERIAL.incrementAndGet(), "post", "SECRETARY"))), etag).etag();
            etag = timed.post(path + "/announcement", Map.of("announcedOn", today.toString(), "place", "Hội trường"),
                    etag).etag();
            // completing records the organization: its kind and the unit of its superior committee
            timed.post(path + "/completion", Map.of("kind", "GRASSROOTS_CELL", "superiorCommitteeUnitId", units.get(0)),
                    etag);
        }
    }

    /** Sends one command, timing it; throws when it is refused, which ends the flow. */
    interface Timed {
        Http.Answer post(String path, Object body, String ifMatch);
    }

    static Timed timing(Http http, Latencies latencies, LongConsumer positions) {
        return (path, body, ifMatch) -> {
            long start = System.nanoTime();
            Http.Answer answer = http.accepted(path, body, ifMatch);
            latencies.add((System.nanoTime() - start) / 1_000);
            positions.accept(answer.position());
            return answer;
        };
    }
}
