package vn.directives.query.report;

import vn.directives.query.consistency.CommandClient;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Chỉ thị 42-CT/TU's eight points followed through 2026, each by at least one task, recorded
 * through the command side on the days it happened, for a report cut off on 15/11/2026 (period
 * 16/11/2025-15/11/2026). Where no specific kind fits, a general task.
 *
 * <pre>
 * P1 general  Quán triệt Chỉ thị        lead BTC   05/01-31/03, 50% 10/02, comment, PDF, completed 20/03    done on time
 * P2 general  Đối thoại với chủ DN      lead BTC   10/01-30/06, part delegated to the ward (due 15/06,
 *                                                  left open), completed 10/07                            done late
 * P3 general  Sắp xếp, kiện toàn TCĐ    lead Khối, coordinating KCN, 01/02-31/12, 30% 01/06           open within deadline
 *                                                  KCN's officer: its part 70% 01/07 (+ a document), 80% 01/08
 *                                                  naming its unit, a comment 16/11 (after the cut-off)
 * P4 survey   Khảo sát thực trạng       lead KCN   01/02-31/05, still open                              open overdue
 * P5 course   Bồi dưỡng kỹ năng         lead Khối  01/03-31/10, cancelled 01/09                         cancelled
 * P6 general  Hướng dẫn sinh hoạt chi bộ lead BTC  01/03-30/09, part delegated to the commune, 60% 15/08 open overdue
 * P7 general  Thí điểm kết nạp chủ DN   lead BTC, coordinating Khối (whose officer comments 01/06, reports
 *                                                  its part 60% 15/06 naming its unit, attaches a document
 *                                                  20/06: the unit's contributions), 40% 01/06, 01/04-31/10,
 *                                                  completed 15/10                                         done on time
 * KCN is renamed on 01/10: the report names it as at the cut-off.
 * P8 general  Theo dõi, đôn đốc         lead BTC   05/01-15/01/2027, urged now 01/11                   open within deadline
 * </pre>
 */
final class EightPoints {

    static final LocalDate CUT_OFF = LocalDate.of(2026, 11, 15);
    static final byte[] MINUTES = pdf();

    private final ReportSides sides;
    private final CommandClient commands;
    private final String run = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    private String btc;
    private String khoi;
    private String kcn;
    private String ward;
    private String commune;
    private String member;
    String directiveId;
    String p1;
    String p3;
    String p7;
    String khoiOfficer;
    String kcnOfficer;

    EightPoints(ReportSides sides) {
        this.sides = sides;
        this.commands = sides.commands;
    }

    void recorded() {
        on("2026-01-02");
        btc = unit("Ban Tổ chức Tỉnh ủy (42)", "ORGANIZATION_COMMITTEE");
        khoi = unit("Đảng ủy Khối cơ quan và doanh nghiệp tỉnh (42)", "PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES");
        kcn = unit("Đảng ủy các Khu công nghiệp tỉnh (42)", "INDUSTRIAL_ZONES_PARTY_COMMITTEE");
        ward = unit("Đảng ủy phường Tân An (42)", "WARD");
        commune = unit("Đảng ủy xã Mỹ Yên (42)", "COMMUNE");
        member = "tv42-" + run;
        khoiOfficer = "can-bo-khoi-" + run;
        kcnOfficer = "can-bo-kcn-" + run;
        commands.accepted("/api/steering-committee/members", Map.of("memberId", member,
                "displayName", "Lê Thị Hoa", "post", "Phó Trưởng Ban Tổ chức Tỉnh ủy",
                "email", member + "@longan.dcs.vn", "unitIds", List.of(btc), "effectiveOn", "2025-01-01"));
        directiveId = directive();

        on("2026-01-05");
        p1 = general(1, "Quán triệt Chỉ thị 42-CT/TU đến chi bộ doanh nghiệp", btc, List.of(), "Hội nghị",
                "2026-01-05", "2026-03-31");
        String p8 = general(8, "Theo dõi, đôn đốc và báo cáo kết quả thực hiện Chỉ thị hằng năm", btc, List.of(),
                "Báo cáo", "2026-01-05", "2027-01-15");
        on("2026-01-10");
        String p2 = general(2, "Đối thoại giữa lãnh đạo tỉnh với chủ doanh nghiệp", btc, List.of(), "Hội nghị",
                "2026-01-10", "2026-06-30");
        on("2026-02-01");
        p3 = general(3, "Sắp xếp, kiện toàn tổ chức đảng hiện có trong doanh nghiệp", khoi, List.of(kcn),
                "Kế hoạch", "2026-02-01", "2026-12-31");
        survey(4, "Khảo sát thực trạng đảng viên, đoàn viên trong doanh nghiệp", kcn, "2026-02-01", "2026-05-31");
        on("2026-02-10");
        progress(p1, 50, "Đã quán triệt tại 12 chi bộ", "2026-02-10");
        commands.accepted(path(p1, "comments"), Map.of("text", "Đề nghị gửi biên bản hội nghị quán triệt."));
        commands.attached(path(p1, "attachments"), "bien-ban-quan-triet.pdf", MINUTES,
                "X-Actor", member, "X-Actor-Roles", "STEERING_MEMBER");
        on("2026-02-15");
        delegate(p2, "Đối thoại với chủ doanh nghiệp trên địa bàn phường", ward, "2026-06-15", "2026-02-15");
        on("2026-03-01");
        String p5 = commands.accepted("/api/training-courses", Map.of("task", header(5,
                        "Bồi dưỡng kỹ năng công tác đảng cho cán bộ chi bộ doanh nghiệp", khoi, List.of(), "2026-10-31"),
                "courseKind", "PARTY_AWARENESS", "organizerUnitId", khoi, "plannedStart", "2026-09-15",
                "plannedEnd", "2026-09-20", "capacity", 40, "openedOn", "2026-03-01")).id();
        String p6 = general(6, "Hướng dẫn, kiểm tra nội dung sinh hoạt chi bộ doanh nghiệp", btc, List.of(),
                "Văn bản hướng dẫn", "2026-03-01", "2026-09-30");
        on("2026-03-05");
        delegate(p6, "Kiểm tra sinh hoạt chi bộ doanh nghiệp trên địa bàn xã", commune, "2026-09-15", "2026-03-05");
        on("2026-03-20");
        complete(p1, "Báo cáo số 05-BC/BTCTU về kết quả quán triệt Chỉ thị 42-CT/TU", "2026-03-20");
        on("2026-04-01");
        p7 = general(7, "Nghiên cứu, đề xuất thí điểm kết nạp đảng viên là chủ doanh nghiệp", btc, List.of(khoi),
                "Đề án", "2026-04-01", "2026-10-31");
        on("2026-06-01");
        progress(p3, 30, "Đã rà soát 40 tổ chức đảng", "2026-06-01");
        String[] asKhoi = {"X-Actor", khoiOfficer, "X-Actor-Roles", "UNIT_OFFICER", "X-Actor-Unit", khoi};
        commands.accepted(path(p7, "comments"), Map.of("text", "Đảng ủy Khối đã lấy ý kiến 5 doanh nghiệp."), asKhoi);
        commands.accepted(path(p7, "progress-reports"), Map.of("percentage", 40,
                "text", "Hoàn thành lấy ý kiến doanh nghiệp", "effectiveOn", "2026-06-01"),
                "X-Actor", member, "X-Actor-Roles", "STEERING_MEMBER");
        on("2026-06-15");
        commands.accepted(path(p7, "progress-reports"), Map.of("percentage", 60, "coordinatingUnitId", khoi,
                "text", "Đảng ủy Khối đã tổng hợp ý kiến 5 doanh nghiệp", "effectiveOn", "2026-06-15"), asKhoi);
        on("2026-06-20");
        commands.attached(path(p7, "attachments"), "tong-hop-y-kien.pdf", MINUTES, asKhoi);
        on("2026-07-01");
        String[] asKcn = {"X-Actor", kcnOfficer, "X-Actor-Roles", "UNIT_OFFICER", "X-Actor-Unit", kcn};
        commands.accepted(path(p3, "progress-reports"), Map.of("percentage", 70,
                "text", "Đã rà soát 25 tổ chức đảng trong các khu công nghiệp", "effectiveOn", "2026-07-01"), asKcn);
        commands.attached(path(p3, "attachments"), "danh-sach-ra-soat.pdf", MINUTES, asKcn);
        on("2026-07-10");
        complete(p2, "Báo cáo số 09-BC/BTCTU về kết quả đối thoại với chủ doanh nghiệp", "2026-07-10");
        on("2026-08-01");
        commands.accepted(path(p3, "progress-reports"), Map.of("percentage", 80, "coordinatingUnitId", kcn,
                "text", "Đã rà soát 32 tổ chức đảng", "effectiveOn", "2026-08-01"), asKcn);
        on("2026-08-15");
        progress(p6, 60, "Đã hướng dẫn 20 chi bộ", "2026-08-15");
        on("2026-09-01");
        commands.accepted("/api/training-courses/" + p5 + "/cancellation", Map.of("reason",
                "Gộp vào lớp bồi dưỡng của Tỉnh ủy", "effectiveOn", "2026-09-01"));
        on("2026-10-01");
        commands.accepted("/api/units/" + kcn + "/renaming",
                Map.of("newName", "Đảng ủy các Khu kinh tế và công nghiệp tỉnh (42)", "effectiveOn", "2026-10-01"));
        on("2026-10-15");
        complete(p7, "Tờ trình số 21-TTr/BTCTU về thí điểm kết nạp chủ doanh nghiệp", "2026-10-15");
        on("2026-11-01");
        commands.accepted(path(p8, "urgings"), Map.of("message", "Đề nghị gửi số liệu trước ngày 10/11."));
        on("2026-11-16");
        commands.accepted(path(p3, "comments"), Map.of("text", "Đề nghị bổ sung danh sách năm 2027."), asKcn);
    }

    private void on(String day) {
        sides.clock.recordOn(LocalDate.parse(day));
    }

    private String unit(String name, String kind) {
        return commands.accepted("/api/units", Map.of("name", name, "kind", kind, "effectiveOn", "2015-01-01")).id();
    }

    private String directive() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", run.substring(2) + "-CT/TU");
        body.put("kind", "DIRECTIVE");
        body.put("issuedOn", "2025-12-23");
        body.put("issuingBody", "Ban Thường vụ Tỉnh ủy");
        body.put("title", "Về tăng cường xây dựng tổ chức đảng, tổ chức chính trị - xã hội trong doanh nghiệp "
                + "ngoài nhà nước");
        body.put("points", List.of(
                point(1, "Quán triệt, thực hiện nghiêm Chỉ thị 33-CT/TW và Nghị quyết 21-NQ/TW"),
                point(2, "Tiếp xúc, vận động chủ doanh nghiệp; đối thoại định kỳ giữa lãnh đạo và chủ doanh nghiệp"),
                point(3, "Củng cố, kiện toàn, sắp xếp các tổ chức đảng hiện có trong doanh nghiệp"),
                point(4, "Khảo sát thực trạng đảng viên, đoàn viên; tạo nguồn kết nạp đảng viên"),
                point(5, "Kiện toàn Ban Chỉ đạo; bồi dưỡng cán bộ làm công tác đảng; mô hình điểm"),
                point(6, "Hướng dẫn, kiểm tra sinh hoạt chi bộ; đánh giá chất lượng hằng năm"),
                point(7, "Thí điểm kết nạp đảng viên là chủ doanh nghiệp; đổi mới nội dung sinh hoạt đảng"),
                point(8, "Hướng dẫn, theo dõi, kiểm tra, đôn đốc; báo cáo hằng năm Ban Thường vụ Tỉnh ủy")));
        body.put("leadUnitId", btc);
        body.put("cadence", Map.of("cutOffMonth", 11, "cutOffDay", 15, "reportTo", "Ban Thường vụ Tỉnh ủy"));
        return commands.accepted("/api/directives", body).id();
    }

    private static Map<String, Object> point(int number, String text) {
        return Map.of("number", number, "text", text);
    }

    private Map<String, Object> header(int point, String title, String lead, List<String> coordinating, String due) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("directiveId", directiveId);
        header.put("pointNumber", point);
        header.put("title", title);
        header.put("leadUnitId", lead);
        header.put("coordinatingUnitIds", coordinating);
        header.put("assigneeId", member);
        header.put("dueDate", due);
        return header;
    }

    private String general(int point, String title, String lead, List<String> coordinating, String product,
                           String opened, String due) {
        return commands.accepted("/api/general-tasks", Map.of("task", header(point, title, lead, coordinating, due),
                "description", title, "expectedProduct", product, "openedOn", opened)).id();
    }

    private void survey(int point, String title, String lead, String opened, String due) {
        commands.accepted("/api/surveys", Map.of("task", header(point, title, lead, List.of(), due),
                "scope", Map.of("kind", "INDUSTRIAL_ZONE", "references", List.of(), "description", title),
                "periodFrom", opened, "periodTo", due, "openedOn", opened));
    }

    private void progress(String task, int percentage, String text, String on) {
        commands.accepted(path(task, "progress-reports"), Map.of("percentage", percentage, "text", text,
                "effectiveOn", on));
    }

    private void complete(String task, String document, String on) {
        commands.accepted(path(task, "completion"), Map.of("productDocument", document, "effectiveOn", on));
    }

    private void delegate(String task, String title, String unit, String due, String on) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", title);
        body.put("expectedProduct", "Báo cáo");
        body.put("leadUnitId", unit);
        body.put("coordinatingUnitIds", List.of());
        body.put("assigneeId", member);
        body.put("dueDate", due);
        body.put("effectiveOn", on);
        commands.accepted(path(task, "sub-tasks"), body);
    }

    private static String path(String task, String step) {
        return "/api/general-tasks/" + task + "/" + step;
    }

    /** A PDF's signature followed by filler: what the content check takes for a PDF. */
    private static byte[] pdf() {
        byte[] bytes = new byte[64 * 1024];
        new java.util.Random(42).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }
}
