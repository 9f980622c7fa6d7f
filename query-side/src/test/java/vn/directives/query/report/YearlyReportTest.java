package vn.directives.query.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.query.consistency.CommandClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.directives.query.report.ReportScenario.AN;
import static vn.directives.query.report.ReportScenario.BINH;
import static vn.directives.query.report.ReportScenario.KCN;
import static vn.directives.query.report.ReportScenario.KHOI_DN;
import static vn.directives.query.report.ReportScenario.PHU_BINH;

/**
 * The yearly report of {@link ReportScenario}, figures computed by hand, on both bases; the
 * history is recorded through the command side on the days it happened, the report is read from
 * the query side over HTTP, and the DOCX and XLSX are read back with Apache POI.
 */
class YearlyReportTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ReportSides sides;
    private static ReportScenario scenario;
    /** The report as recorded, fetched on the cut-off day, before anything was recorded late. */
    private static byte[] asRecordedOnTheCutOffDay;

    @BeforeAll
    static void recordTheHistory() {
        sides = new ReportSides();
        scenario = new ReportScenario(sides);
        scenario.recordedByTheCutOff();
        asRecordedOnTheCutOffDay = bytes(report("AS_RECORDED"));
        scenario.recordedAfterTheCutOff();
    }

    @AfterAll
    static void stop() {
        if (sides != null) {
            sides.close();
        }
    }

    @Test
    void as_recorded_the_report_counts_only_what_was_recorded_by_the_end_of_the_cut_off_day() {
        JsonNode report = json(report("AS_RECORDED"));

        assertThat(report.get("periodFrom").asString()).isEqualTo("2022-11-16");
        assertThat(report.get("historyPosition").isNull()).isTrue();
        assertCategories(report.get("categories"), 2, 1, 2, 1, 6, "33.3", 1);
        JsonNode results = report.get("results");
        assertThat(numbers(results.get("surveys"), "tasks", "completed", "enterprisesSurveyed")).containsExactly(2, 1, 3);
        assertThat(numbers(results.get("establishments"), "tasks", "partyOrganizationsEstablished", "abandoned"))
                .containsExactly(1, 0, 1);
        assertThat(numbers(results.get("transfers"), "tasks", "completed", "official", "temporary", "onTime", "late"))
                .containsExactly(1, 1, 1, 0, 1, 0);
        assertThat(numbers(results.get("courses"), "tasks", "closed", "enrolled", "trained", "passed", "certificates"))
                .containsExactly(2, 1, 4, 4, 3, 3);
        assertIndicator(report, "I1", 1, 4, "25.0", 1, 1, "100.0", true);
        assertIndicator(report, "I2", 1, 3, "33.3", 1, 1, "100.0", false);
        assertIndicator(report, "I3", 1, 3, "33.3", 1, 1, "100.0", false);
        assertIndicator(report, "I4", 1, 1, "100.0", 0, 1, "0.0", true);
        assertThat(report.get("differences").size()).isZero();
    }

    @Test
    void corrected_the_report_counts_what_happened_by_the_cut_off_whenever_it_was_recorded() {
        JsonNode report = json(report("CORRECTED"));

        assertThat(report.get("historyPosition").asLong()).isPositive();
        assertCategories(report.get("categories"), 3, 1, 1, 1, 6, "33.3", 1);
        assertThat(report.get("results").get("establishments").get("partyOrganizationsEstablished").asInt()).isEqualTo(1);
        assertIndicator(report, "I1", 2, 4, "50.0", 1, 1, "100.0", true);
        assertIndicator(report, "I2", 2, 3, "66.7", 1, 1, "100.0", false);
        assertIndicator(report, "I3", 2, 3, "66.7", 1, 1, "100.0", false);
        assertIndicator(report, "I4", 1, 2, "50.0", 0, 1, "0.0", false);
    }

    /**
     * Every point of a directive of eight can be followed end to end ({@link EightPoints}: general
     * tasks where no kind fits, two parts delegated to lower units, progress, comments, a document,
     * an urging) and the report's section per point shows each with its categories, by hand: a
     * delegated part, open and overdue, is not counted apart from the task it belongs to.
     */
    @Test
    void every_point_of_chi_thi_42_is_followed_and_the_report_shows_each_with_its_categories() throws IOException {
        EightPoints eight = new EightPoints(sides);
        eight.recorded();

        JsonNode report = json(sides.queries.getBytes("/api/directives/" + eight.directiveId + "/report?cutOff="
                + EightPoints.CUT_OFF + "&basis=AS_RECORDED"));
        JsonNode points = report.get("points");

        assertThat(lines(points, "number")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(points.get(0).get("text").asString())
                .isEqualTo("Quán triệt, thực hiện nghiêm Chỉ thị 33-CT/TW và Nghị quyết 21-NQ/TW");
        assertCategories(points.get(0).get("categories"), 1, 0, 0, 0, 1, "0.0", 0);
        assertCategories(points.get(1).get("categories"), 0, 1, 0, 0, 1, "100.0", 0);
        assertCategories(points.get(2).get("categories"), 0, 0, 1, 0, 1, "0.0", 0);
        assertCategories(points.get(3).get("categories"), 0, 0, 0, 1, 1, "100.0", 0);
        assertThat(numbers(points.get(4).get("categories"), "doneOnTime", "doneLate", "openWithinDeadline",
                "openOverdue", "total", "cancelled")).as("point 5: its course cancelled").containsExactly(0, 0, 0, 0, 0, 1);
        assertCategories(points.get(5).get("categories"), 0, 0, 0, 1, 1, "100.0", 0);
        assertCategories(points.get(6).get("categories"), 1, 0, 0, 0, 1, "0.0", 0);
        assertCategories(points.get(7).get("categories"), 0, 0, 1, 0, 1, "0.0", 0);
        List<String> general = new ArrayList<>();
        for (JsonNode point : points) {
            JsonNode work = point.get("general");
            general.add(work.get("tasks").asInt() + "|" + work.get("productsDelivered").asInt() + "|"
                    + work.get("subTasks").asInt());
        }
        assertThat(general).as("general tasks, products delivered, parts delegated").containsExactly(
                "1|1|0", "1|1|1", "1|0|0", "0|0|0", "0|0|0", "1|0|1", "1|1|0", "1|0|0");
        assertThat(points.get(2).get("general").get("averageProgress").decimalValue()).isEqualByComparingTo("30");
        assertThat(points.get(5).get("general").get("averageProgress").decimalValue()).isEqualByComparingTo("60");

        // the discussion is on the tasks' timelines once the query side has read it
        await().atMost(Duration.ofSeconds(60)).until(() -> sides.queries.get("/api/tasks/" + eight.p1 + "/timeline")
                .body(), body -> body.contains("Đề nghị gửi biên bản hội nghị quán triệt.")
                && body.contains("bien-ban-quan-triet.pdf") && body.contains("Đã quán triệt tại 12 chi bộ"));
        await().atMost(Duration.ofSeconds(60)).until(() -> sides.queries.get("/api/tasks/" + eight.p7 + "/timeline")
                .body(), body -> body.contains("Đảng ủy Khối đã lấy ý kiến 5 doanh nghiệp."));

        // the coordinating units' contributions, by hand: Khối on P7 (a comment 01/06, its part at 60% 15/06, a
        // document 20/06); KCN, renamed 01/10, on P3 (70% 01/07 and a document, 80% 01/08; its comment of 16/11 is
        // after the cut-off). The task's own progress stays the lead's: point 3's mean above is still 30.
        JsonNode contributions = report.get("contributions");
        assertThat(lines(contributions, "unit", "tasks", "progressReports", "comments", "documents")).containsExactly(
                "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh (42)|1|1|1|1",
                "Đảng ủy các Khu kinh tế và công nghiệp tỉnh (42)|1|2|0|1");
        String[] taskFields = {"pointNumber", "title", "progressReports", "comments", "documents", "latestProgress",
                "latestProgressOn"};
        assertThat(lines(contributions.get(0).get("byTask"), taskFields)).containsExactly(
                "7|Nghiên cứu, đề xuất thí điểm kết nạp đảng viên là chủ doanh nghiệp|1|1|1|60|2026-06-15");
        assertThat(lines(contributions.get(1).get("byTask"), taskFields)).containsExactly(
                "3|Sắp xếp, kiện toàn tổ chức đảng hiện có trong doanh nghiệp|2|0|1|80|2026-08-01");
        assertThat(contributions.get(0).has("unitId")).as("units by name, never by id").isFalse();
        await().atMost(Duration.ofSeconds(60)).until(() -> sides.queries.get("/api/tasks/" + eight.p3 + "/timeline")
                .body(), body -> body.contains("Báo cáo tiến độ (đóng góp của đơn vị phối hợp Đảng ủy các Khu công "
                + "nghiệp tỉnh (42)) 70% (trước đó 0%)"));
        long last = sides.querySide.getBean(JdbcClient.class)
                .sql("SELECT max(global_index) FROM events.domain_event_entry").query(Long.class).single();
        HttpResponse<byte[]> p3 = await().atMost(Duration.ofSeconds(60)).until(() -> sides.queries.getBytes(
                "/api/tasks/" + eight.p3 + "?position=" + last), response -> response.statusCode() == 200);
        assertThat(json(p3).get("general").get("progress").asInt()).as("the board keeps the task's own progress")
                .isEqualTo(30);

        byte[] docx = bytes(sides.queries.getBytes("/api/directives/" + eight.directiveId + "/report/document?cutOff="
                + EightPoints.CUT_OFF + "&basis=AS_RECORDED&number=42&issuedOn=2026-11-20"));
        saveForRendering("bao-cao-tam-diem.docx", docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText)).contains(
                    "3. Đóng góp của các đơn vị phối hợp",
                    "Trong kỳ, 2 đơn vị phối hợp đã tham gia 2 nhiệm vụ với 3 báo cáo tiến độ, 1 ý kiến và 2 tài liệu."
                            + " Tiến độ do đơn vị phối hợp báo cáo là tiến độ phần việc của đơn vị, không thay cho"
                            + " tiến độ chung của nhiệm vụ.");
            assertThat(rows(table(document, "Đơn vị phối hợp"))).containsExactly(
                    "Đơn vị phối hợp|Nhiệm vụ|Báo cáo tiến độ|Ý kiến|Tài liệu|Tiến độ gần nhất|Ngày báo cáo",
                    "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh (42)|Điểm 7. Nghiên cứu, đề xuất thí điểm kết nạp đảng"
                            + " viên là chủ doanh nghiệp|1|1|1|60%|15/06/2026",
                    "Đảng ủy các Khu kinh tế và công nghiệp tỉnh (42)|Điểm 3. Sắp xếp, kiện toàn tổ chức đảng hiện có"
                            + " trong doanh nghiệp|2|0|1|80%|01/08/2026");
        }
        YearlyReport model = sides.querySide.getBean(YearlyReports.class).report(eight.directiveId,
                EightPoints.CUT_OFF, vn.directives.events.report.ReportBasis.AS_RECORDED);
        Letterhead letterhead = sides.querySide.getBean(Letterhead.class);
        saveForRendering("bao-cao-tam-diem.pdf", ReportPdf.of(model, Wording.yearly(model, letterhead), letterhead,
                sides.querySide.getBean(PdfFonts.class), "42", java.time.LocalDate.of(2026, 11, 20)));
        byte[] xlsx = bytes(sides.queries.getBytes("/api/directives/" + eight.directiveId + "/report/workbook?cutOff="
                + EightPoints.CUT_OFF + "&basis=AS_RECORDED"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row kcn = workbook.getSheet("Đơn vị phối hợp").getRow(ReportWorkbook.HEADER_ROW + 2);
            assertThat(kcn.getCell(0).getStringCellValue()).isEqualTo("Đảng ủy các Khu kinh tế và công nghiệp tỉnh (42)");
            assertThat(List.of(1, 3, 4, 5).stream().map(c -> kcn.getCell(c).getNumericCellValue()))
                    .containsExactly(3.0, 2.0, 0.0, 1.0);
            assertThat(kcn.getCell(6).getNumericCellValue()).isEqualTo(0.8);
            assertThat(kcn.getCell(7).getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-08-01");
        }
    }

    @Test
    void each_point_counts_its_own_tasks_once_and_the_sector_says_what_is_not_recorded() {
        JsonNode report = json(report("AS_RECORDED"));

        // point 1: T1 on time, T5 overdue, S (a part of T5) not counted apart; point 2: T2 open, T6 cancelled;
        // point 3: T3; point 4: T4 late, T7 open; point 5: G ended before the period
        JsonNode points = report.get("points");
        assertThat(points.size()).isEqualTo(5);
        assertCategories(points.get(0).get("categories"), 1, 0, 0, 1, 2, "50.0", 0);
        assertCategories(points.get(1).get("categories"), 0, 0, 1, 0, 1, "0.0", 1);
        assertCategories(points.get(2).get("categories"), 1, 0, 0, 0, 1, "0.0", 0);
        assertCategories(points.get(3).get("categories"), 0, 1, 1, 0, 2, "50.0", 0);
        assertThat(numbers(points.get(4).get("categories"), "doneOnTime", "doneLate", "openWithinDeadline",
                "openOverdue", "total", "cancelled")).containsExactly(0, 0, 0, 0, 0, 0);
        assertThat(points.get(4).get("categories").get("overduePercent").isNull()).isTrue();
        assertThat(points.get(0).get("general").get("subTasks").asInt()).isEqualTo(1);
        assertThat(points.get(0).get("tasksByKind").get(0).get("count").asInt()).isEqualTo(2);
        assertThat(points.get(4).get("text").asString()).isEqualTo("Quán triệt, tuyên truyền Chỉ thị");
        assertThat(points.get(4).get("general").get("averageProgress").isNull()).isTrue();

        // registry: E1 (300 workers, KCN Điềm Thụy) and E2 (120, no zone); E1's union 270 members, E2's Youth
        // Union 30; E4's organization 5 + 1 transferred in + 2 admitted; E1's established late is not known yet
        JsonNode sector = report.get("sector");
        assertThat(numbers(sector, "enterprises", "workers", "partyOrganizations", "partyMembers", "admissions"))
                .containsExactly(2, 420, 1, 8, 2);
        assertThat(lines(sector.get("byZone"), "name", "enterprises", "workers"))
                .containsExactly("KCN Điềm Thụy|1|300", "Ngoài khu, cụm công nghiệp|1|120");
        assertThat(lines(sector.get("socioPolitical"), "kind", "organizations", "members")).containsExactly(
                "TRADE_UNION|1|270", "YOUTH_UNION|1|30", "WOMENS_UNION|null|null", "VETERANS_ASSOCIATION|null|null");
        assertThat(lines(sector.get("partyOrganizationsBySuperior"), "label", "count"))
                .containsExactly(ReportScenario.DIEM_THUY + "|1");
        assertThat(lines(sector.get("partyOrganizationsByKind"), "label", "count")).containsExactly(
                "Đảng bộ cơ sở|0", "Chi bộ cơ sở|0", "Chi bộ trực thuộc đảng ủy cơ sở|1");
        assertThat(lines(sector.get("admissionsByCategory"), "count")).containsOnly("null");

        JsonNode corrected = json(report("CORRECTED")).get("sector");
        assertThat(numbers(corrected, "partyOrganizations", "partyMembers")).containsExactly(2, 12);
        assertThat(lines(corrected.get("partyOrganizationsBySuperior"), "label", "count"))
                .as("E1's organization under the committee its establishment's completion gave, named at the cut-off")
                .containsExactly(ReportScenario.DIEM_THUY + "|1", ReportScenario.KCN + "|1");
        assertThat(lines(corrected.get("partyOrganizationsByKind"), "label", "count"))
                .as("E1's organization, set up by a cell establishment, of the kind its completion gave")
                .containsExactly("Đảng bộ cơ sở|0", "Chi bộ cơ sở|1", "Chi bộ trực thuộc đảng ủy cơ sở|1");
    }

    @Test
    void the_corrected_report_lists_the_figures_that_differ_from_what_was_recorded() {
        JsonNode report = json(report("CORRECTED"));

        Map<String, String> differences = StreamSupport.stream(report.get("differences").spliterator(), false)
                .collect(Collectors.toMap(d -> d.get("item").asString(),
                        d -> d.get("asRecorded").asString() + " -> " + d.get("corrected").asString()));
        assertThat(differences).hasSize(8).containsEntry("Hoàn thành đúng hạn", "2 -> 3")
                .containsEntry("Đang thực hiện trong hạn", "2 -> 1")
                .containsEntry("Tổ chức đảng được thành lập", "0 -> 1")
                .containsEntry("I4 (Tỷ lệ tổ chức đảng trong doanh nghiệp kết nạp được đảng viên mới trong năm)",
                        "1/1 -> 1/2")
                .containsEntry("Nhiệm vụ \u201CT2 Thành lập chi bộ Công ty CP Cơ khí Phổ Yên\u201D",
                        "Đang thực hiện trong hạn, hạn 31/12/2023 -> Hoàn thành đúng hạn, hạn 31/12/2023");
        assertThat(differences.keySet()).filteredOn(item -> item.startsWith("I1") || item.startsWith("I2")
                || item.startsWith("I3")).hasSize(3);
    }

    @Test
    void units_and_members_appear_as_they_were_in_the_year_of_the_report() {
        JsonNode report = json(report("CORRECTED"));

        assertThat(groups(report.get("byLeadUnit"))).containsExactly(
                PHU_BINH + " 1/0/0/1 50.0",
                KHOI_DN + " 0/1/0/0 100.0",
                KCN + " 2/0/1/0 0.0");
        assertThat(groups(report.get("byMember"))).containsExactly(
                AN + " 2/0/1/1 25.0",
                BINH + " 1/1/0/0 50.0");
        JsonNode asRecorded = json(report("AS_RECORDED"));
        assertThat(groups(asRecorded.get("byLeadUnit"))).containsExactly(
                PHU_BINH + " 0/0/1/1 50.0",
                KHOI_DN + " 0/1/0/0 100.0",
                KCN + " 2/0/1/0 0.0");
    }

    @Test
    void overdue_extended_and_cancelled_tasks_are_listed_with_their_reasons() {
        JsonNode report = json(report("AS_RECORDED"));

        assertThat(lines(report.get("overdueTasks"), "title", "category", "daysLate")).containsExactly(
                "T4 Lớp bồi dưỡng nhận thức về Đảng khóa 1/2023|DONE_LATE|10",
                "T5 Khảo sát doanh nghiệp huyện Phú Bình|OPEN_OVERDUE|46");
        assertThat(lines(report.get("extensions"), "title", "requestedDueDate", "reason", "decision", "rejectionReason"))
                .containsExactly(
                        "T2 Thành lập chi bộ Công ty CP Cơ khí Phổ Yên|2023-12-31|Chờ doanh nghiệp bố trí nhân sự|APPROVED|null",
                        "T4 Lớp bồi dưỡng nhận thức về Đảng khóa 1/2023|2023-10-31|Chưa bố trí được giảng viên|REJECTED"
                                + "|Không có lý do chính đáng");
        assertThat(lines(report.get("cancelledTasks"), "title", "note", "leadUnit")).containsExactly(
                "T6 Thành lập chi bộ Công ty TNHH Gỗ Đại Từ|Doanh nghiệp tạm dừng hoạt động|" + KHOI_DN);
        assertThat(lines(report.get("tasks"), "title")).hasSize(7).noneMatch(title -> title.startsWith("T0"));
    }

    @Test
    void events_recorded_after_the_cut_off_change_nothing_in_the_report_as_recorded() {
        assertThat(bytes(report("AS_RECORDED"))).isEqualTo(asRecordedOnTheCutOffDay);
        assertThat(json(report("CORRECTED")).toString()).isNotEqualTo(JSON.readTree(asRecordedOnTheCutOffDay).toString());
    }

    @Test
    void a_corrected_report_regenerated_at_its_history_position_is_byte_identical() {
        byte[] first = bytes(report("CORRECTED"));
        long position = JSON.readTree(first).get("historyPosition").asLong();
        scenario.on("2025-07-02");
        sides.commands.accepted("/api/units", Map.of("name", "Đảng ủy phường Tích Lương", "kind", "WARD",
                "effectiveOn", "2025-07-01"));

        byte[] regenerated = bytes(sides.queries.getBytes(path("CORRECTED") + "&historyPosition=" + position));
        assertThat(regenerated).isEqualTo(first);
        assertThat(JSON.readTree(bytes(report("CORRECTED"))).get("historyPosition").asLong()).isGreaterThan(position);
    }

    @Test
    void issuing_a_report_records_its_number_basis_cut_off_and_the_hash_of_its_json() {
        scenario.on("2025-07-03");
        CommandClient.Answer issued = sides.commands.accepted("/api/reports", Map.of("directiveId",
                scenario.directiveId, "number", "125", "basis", "CORRECTED", "cutOff", "2023-11-15"),
                "X-Actor", "can-bo-ban-to-chuc");
        CommandClient.Answer asRecorded = sides.commands.accepted("/api/reports", Map.of("directiveId",
                scenario.directiveId, "number", "126", "basis", "AS_RECORDED", "cutOff", "2023-11-15"));

        JsonNode event = issuedEvent(issued.id());
        assertThat(event.get("number").asString()).isEqualTo("125");
        assertThat(event.get("basis").asString()).isEqualTo("CORRECTED");
        assertThat(event.get("cutOff").asString()).isEqualTo("2023-11-15");
        assertThat(event.get("issuedBy").asString()).isEqualTo("can-bo-ban-to-chuc");
        String location = issued.location().substring(issued.location().indexOf("/api/"));
        assertThat(location).contains("historyPosition=" + event.get("historyPosition").asLong());
        assertThat(ReportHash.sha256(bytes(sides.queries.getBytes(location))))
                .as("regenerating the issued report gives the hash recorded").isEqualTo(event.get("sha256").asString());
        assertThat(issuedEvent(asRecorded.id()).get("sha256").asString())
                .as("the report as recorded was the same on the cut-off day")
                .isEqualTo(ReportHash.sha256(asRecordedOnTheCutOffDay));
    }

    @Test
    void only_the_organization_committee_issues_reports_and_bad_requests_change_nothing() {
        scenario.on("2025-07-03");
        long before = issuedCount();
        CommandClient.Answer forbidden = sides.commands.post("/api/reports", Map.of("directiveId", scenario.directiveId,
                "number", "127", "basis", "CORRECTED", "cutOff", "2023-11-15"),
                "X-Actor", "uy-vien-ban-thuong-vu", "X-Actor-Roles", "STANDING_COMMITTEE");
        CommandClient.Answer badNumber = sides.commands.post("/api/reports", Map.of("directiveId", scenario.directiveId,
                "number", "12a", "basis", "CORRECTED", "cutOff", "2023-11-15"));
        CommandClient.Answer notOver = sides.commands.post("/api/reports", Map.of("directiveId", scenario.directiveId,
                "number", "128", "basis", "AS_RECORDED", "cutOff", "2025-07-03"));

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(badNumber.status()).isEqualTo(400);
        assertThat(badNumber.body().get("errors").get(0).get("field").asString()).isEqualTo("number");
        assertThat(notOver.status()).isEqualTo(409);
        assertThat(notOver.body().get("errors").get(0).get("field").asString()).isEqualTo("cutOff");
        assertThat(issuedCount()).isEqualTo(before);
    }

    @Test
    void bad_report_parameters_answer_400_naming_the_parameter() {
        String base = "/api/directives/" + scenario.directiveId + "/report";
        assertThat(field(sides.queries.get(base))).isEqualTo("cutOff");
        assertThat(field(sides.queries.get(base + "?cutOff=2023-15-11"))).isEqualTo("cutOff");
        assertThat(field(sides.queries.get(base + "?cutOff=2023-11-15&basis=ESTIMATED"))).isEqualTo("basis");
        assertThat(field(sides.queries.get(base + "/document?cutOff=2023-11-15&number=12%2F3"))).isEqualTo("number");
        assertThat(sides.queries.get("/api/directives/no-such-directive/report?cutOff=2023-11-15").statusCode())
                .isEqualTo(404);
        assertThat(json(sides.queries.getBytes(base + "?year=2023")).get("cutOff").asString()).isEqualTo("2023-11-15");
    }

    @Test
    void the_docx_has_the_party_header_the_title_each_section_and_each_table_s_numbers() throws IOException {
        byte[] docx = bytes(sides.queries.getBytes(path("CORRECTED").replace("/report?", "/report/document?")
                + "&number=125&issuedOn=2023-11-20"));
        saveForRendering("bao-cao.docx", docx);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable header = document.getTables().get(0);
            assertThat(cellText(header.getRow(0).getCell(0)))
                    .isEqualTo("TỈNH ỦY THÁI NGUYÊN\nBAN TỔ CHỨC\n*\nSố 125-BC/BTCTU");
            assertThat(cellText(header.getRow(0).getCell(1)))
                    .isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM\n\nThái Nguyên, ngày 20 tháng 11 năm 2023");
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs).contains("BÁO CÁO", "Kết quả thực hiện Chỉ thị số " + directiveNumber() + " năm 2023",
                    "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "1. Tình hình thực hiện nhiệm vụ theo thời hạn",
                    "2. Kết quả theo loại nhiệm vụ", "II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
                    "III. KẾT QUẢ THỰC HIỆN THEO TỪNG ĐIỂM CỦA CHỈ THỊ", "Điểm 1", "Điểm 5",
                    "IV. TỔ CHỨC ĐẢNG, TỔ CHỨC CHÍNH TRỊ - XÃ HỘI TRONG DOANH NGHIỆP", "1. Theo xã, phường",
                    "V. KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ, THÀNH VIÊN BAN CHỈ ĐẠO VÀ ĐƠN VỊ PHỐI HỢP",
                    "3. Đóng góp của các đơn vị phối hợp", "Không có đóng góp của đơn vị phối hợp trong kỳ.",
                    "VI. NHIỆM VỤ QUÁ HẠN, GIA HẠN VÀ HỦY", "VII. SỐ LIỆU HIỆU CHỈNH", "PHỤ LỤC");
            assertThat(rows(table(document, "Tiêu chí|Số liệu"))).contains("Hoàn thành đúng hạn|1",
                    "Quá hạn chưa hoàn thành|1", "Tỷ lệ quá hạn|50,0%", "Nhiệm vụ giao cấp dưới thực hiện|1");
            assertThat(rows(table(document, "Xã, phường"))).containsExactly("Xã, phường|Doanh nghiệp|Người lao động|Có tổ chức đảng",
                    ReportScenario.DIEM_THUY + "|2|420|1");
            List<String> sector = document.getTables().stream().map(YearlyReportTest::rows)
                    .filter(rows -> rows.contains("Tổ chức đảng trong doanh nghiệp|2")).findFirst().orElseThrow();
            assertThat(sector).contains("Chi hội phụ nữ: số tổ chức|chưa có số liệu",
                    "Trong đó: Chi bộ cơ sở|1", "Trong đó: Chi bộ trực thuộc đảng ủy cơ sở|1",
                    "Đảng viên trong các tổ chức đảng đó|12").doesNotContain("Trong đó: Chưa phân loại|1");

            assertThat(rows(table(document, "Hoàn thành đúng hạn"))).containsExactly(
                    "Hoàn thành đúng hạn|Hoàn thành quá hạn|Đang thực hiện trong hạn|Quá hạn chưa hoàn thành|Tổng số"
                            + "|Tỷ lệ quá hạn",
                    "3|1|1|1|6|33,3%");
            assertThat(rows(table(document, "Loại nhiệm vụ"))).contains("Khảo sát|Doanh nghiệp được khảo sát|3",
                    "Thành lập tổ chức đảng|Tổ chức đảng được thành lập|1", "Lớp bồi dưỡng|Học viên đạt yêu cầu|3");
            assertThat(rows(table(document, "Mã"))).contains(
                    "Mã|Chỉ tiêu|Năm 2022|Năm 2023|Mục tiêu|Đánh giá",
                    "I1|Tỷ lệ doanh nghiệp đang hoạt động có tổ chức đảng|1/1 (100,0%)|2/4 (50,0%)|15%|Đạt",
                    "I4|Tỷ lệ tổ chức đảng trong doanh nghiệp kết nạp được đảng viên mới trong năm|0/1 (0,0%)"
                            + "|1/2 (50,0%)|80%|Chưa đạt");
            assertThat(rows(table(document, "Đơn vị chủ trì"))).containsExactly(
                    "Đơn vị chủ trì|Hoàn thành đúng hạn|Hoàn thành quá hạn|Đang thực hiện trong hạn"
                            + "|Quá hạn chưa hoàn thành|Tổng số|Tỷ lệ quá hạn",
                    PHU_BINH + "|1|0|0|1|2|50,0%",
                    KHOI_DN + "|0|1|0|0|1|100,0%",
                    KCN + "|2|0|1|0|3|0,0%");
            assertThat(rows(table(document, "Thành viên Ban Chỉ đạo"))).contains(AN + "|2|0|1|1|4|25,0%",
                    BINH + "|1|1|0|0|2|50,0%");
            assertThat(rows(table(document, "Nhiệm vụ|Đơn vị chủ trì|Hạn"))).containsExactly(
                    "Nhiệm vụ|Đơn vị chủ trì|Hạn|Ngày hoàn thành|Số ngày quá hạn|Tình trạng",
                    "T4 Lớp bồi dưỡng nhận thức về Đảng khóa 1/2023|" + KHOI_DN + "|31/07/2023|10/08/2023|10"
                            + "|Hoàn thành quá hạn",
                    "T5 Khảo sát doanh nghiệp huyện Phú Bình|" + PHU_BINH + "|30/09/2023||46|Quá hạn chưa hoàn thành");
            assertThat(rows(table(document, "Nhiệm vụ|Ngày đề nghị"))).contains(
                    "T2 Thành lập chi bộ Công ty CP Cơ khí Phổ Yên|01/09/2023|31/12/2023|Chờ doanh nghiệp bố trí nhân sự"
                            + "|Đã chấp thuận|",
                    "T4 Lớp bồi dưỡng nhận thức về Đảng khóa 1/2023|20/07/2023|31/10/2023|Chưa bố trí được giảng viên"
                            + "|Không chấp thuận|Không có lý do chính đáng");
            assertThat(rows(table(document, "Nhiệm vụ|Loại"))).containsExactly("Nhiệm vụ|Loại|Đơn vị chủ trì|Lý do",
                    "T6 Thành lập chi bộ Công ty TNHH Gỗ Đại Từ|Thành lập tổ chức đảng|" + KHOI_DN
                            + "|Doanh nghiệp tạm dừng hoạt động");
            assertThat(rows(table(document, "Nội dung"))).contains("Hoàn thành đúng hạn|2|3");
            assertThat(rows(table(document, "STT"))).hasSize(8);
            String recipients = document.getTables().stream().map(XWPFTable::getText)
                    .filter(text -> text.contains("Nơi nhận:")).findFirst().orElseThrow();
            assertThat(recipients).contains("- Ban Thường vụ Tỉnh ủy (để báo cáo),", "TRƯỞNG BAN").doesNotContain("T/M");
        }
    }

    @Test
    void the_xlsx_has_one_sheet_per_table_with_numbers_as_numbers_and_percentages_as_percentages() throws IOException {
        byte[] xlsx = bytes(sides.queries.getBytes(path("CORRECTED").replace("/report?", "/report/workbook?")));
        saveForRendering("phu-luc.xlsx", xlsx);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("Phân loại nhiệm vụ", "Kết quả theo loại", "Chỉ tiêu", "Theo điểm",
                    "Khu vực doanh nghiệp", "Theo xã, phường", "Theo khu, cụm công nghiệp", "Theo đơn vị chủ trì", "Theo thành viên BCĐ", "Đơn vị phối hợp", "Nhiệm vụ quá hạn", "Gia hạn", "Nhiệm vụ đã hủy",
                    "Hiệu chỉnh", "Phụ lục");

            Row categories = workbook.getSheet("Phân loại nhiệm vụ").getRow(ReportWorkbook.HEADER_ROW + 1);
            assertThat(List.of(0, 1, 2, 3, 4).stream().map(c -> categories.getCell(c).getNumericCellValue()))
                    .containsExactly(3.0, 1.0, 1.0, 1.0, 6.0);
            Cell overdue = categories.getCell(5);
            assertThat(overdue.getNumericCellValue()).isEqualTo(0.333);
            assertThat(overdue.getCellStyle().getDataFormatString()).isEqualTo("0.0%");

            Row i2 = workbook.getSheet("Chỉ tiêu").getRow(ReportWorkbook.HEADER_ROW + 2);
            assertThat(i2.getCell(0).getStringCellValue()).isEqualTo("I2");
            assertThat(i2.getCell(5).getNumericCellValue()).isEqualTo(2.0);
            assertThat(i2.getCell(6).getNumericCellValue()).isEqualTo(3.0);
            assertThat(i2.getCell(7).getNumericCellValue()).isEqualTo(0.667);
            assertThat(i2.getCell(8).getNumericCellValue()).isEqualTo(0.8);

            Sheet units = workbook.getSheet("Theo đơn vị chủ trì");
            assertThat(units.getRow(ReportWorkbook.HEADER_ROW).getCell(0).getStringCellValue()).isEqualTo("Đơn vị chủ trì");
            assertThat(units.getRow(ReportWorkbook.HEADER_ROW + 1).getCell(0).getStringCellValue()).isEqualTo(PHU_BINH);
            assertThat(units.getRow(ReportWorkbook.HEADER_ROW + 3).getCell(1).getNumericCellValue()).isEqualTo(2.0);

            Row surveyed = workbook.getSheet("Kết quả theo loại").getRow(ReportWorkbook.HEADER_ROW + 3);
            assertThat(surveyed.getCell(1).getStringCellValue()).isEqualTo("Doanh nghiệp được khảo sát");
            assertThat(surveyed.getCell(2).getNumericCellValue()).isEqualTo(3.0);
            Row late = workbook.getSheet("Nhiệm vụ quá hạn").getRow(ReportWorkbook.HEADER_ROW + 1);
            assertThat(late.getCell(4).getNumericCellValue()).isEqualTo(10.0);
            Row rejected = workbook.getSheet("Gia hạn").getRow(ReportWorkbook.HEADER_ROW + 2);
            assertThat(rejected.getCell(4).getStringCellValue()).isEqualTo("Không chấp thuận");
            assertThat(rejected.getCell(5).getStringCellValue()).isEqualTo("Không có lý do chính đáng");
            assertThat(workbook.getSheet("Nhiệm vụ đã hủy").getRow(ReportWorkbook.HEADER_ROW + 1).getCell(3)
                    .getStringCellValue()).isEqualTo("Doanh nghiệp tạm dừng hoạt động");
            assertThat(workbook.getSheet("Hiệu chỉnh").getLastRowNum()).isEqualTo(ReportWorkbook.HEADER_ROW + 8);
            Row binh = workbook.getSheet("Theo thành viên BCĐ").getRow(ReportWorkbook.HEADER_ROW + 2);
            assertThat(binh.getCell(0).getStringCellValue()).isEqualTo(BINH);
            assertThat(binh.getCell(6).getNumericCellValue()).isEqualTo(0.5);

            Sheet appendix = workbook.getSheet("Phụ lục");
            assertThat(appendix.getLastRowNum()).isEqualTo(ReportWorkbook.HEADER_ROW + 7);
            Cell due = appendix.getRow(ReportWorkbook.HEADER_ROW + 1).getCell(6);
            assertThat(due.getLocalDateTimeCellValue().toLocalDate()).hasToString("2023-06-30");
            assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        }
    }

    @Test
    void a_draft_is_written_returned_approved_and_issued_and_every_issued_format_reads_back_and_verifies()
            throws IOException {
        new ReportDraftWalk(sides, scenario).writeApproveIssueAndVerify();
    }

    @Test
    void a_four_month_and_a_six_month_report_count_their_period_beside_the_same_months_a_year_earlier() {
        new ReportDraftWalk(sides, scenario).fourAndSixMonths();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static HttpResponse<byte[]> report(String basis) {
        return sides.queries.getBytes(path(basis));
    }

    private static String path(String basis) {
        return "/api/directives/" + scenario.directiveId + "/report?cutOff=2023-11-15&basis=" + basis;
    }

    private static byte[] bytes(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        return response.body();
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(bytes(response));
    }

    private static String directiveNumber() {
        return json(report("AS_RECORDED")).get("directive").get("number").asString();
    }

    private static void assertCategories(JsonNode c, int onTime, int late, int within, int overdue, int total,
                                         String percent, int cancelled) {
        assertThat(numbers(c, "doneOnTime", "doneLate", "openWithinDeadline", "openOverdue", "total", "cancelled"))
                .containsExactly(onTime, late, within, overdue, total, cancelled);
        assertThat(c.get("overduePercent").decimalValue()).isEqualByComparingTo(new BigDecimal(percent));
    }

    private static void assertIndicator(JsonNode report, String code, int numerator, int denominator, String percent,
                                        int previousNumerator, int previousDenominator, String previousPercent,
                                        boolean reached) {
        JsonNode row = StreamSupport.stream(report.get("indicators").spliterator(), false)
                .filter(r -> r.get("code").asString().equals(code)).findFirst().orElseThrow();
        assertThat(numbers(row, "numerator", "denominator", "previousNumerator", "previousDenominator"))
                .as(code).containsExactly(numerator, denominator, previousNumerator, previousDenominator);
        assertThat(row.get("percent").decimalValue()).as(code).isEqualByComparingTo(new BigDecimal(percent));
        assertThat(row.get("previousPercent").decimalValue()).as(code)
                .isEqualByComparingTo(new BigDecimal(previousPercent));
        assertThat(row.get("targetReached").asBoolean()).as(code).isEqualTo(reached);
    }

    private static List<Integer> numbers(JsonNode node, String... fields) {
        List<Integer> values = new ArrayList<>();
        for (String field : fields) {
            values.add(node.get(field).asInt());
        }
        return values;
    }

    private static List<String> groups(JsonNode groups) {
        List<String> rows = new ArrayList<>();
        for (JsonNode g : groups) {
            JsonNode c = g.get("categories");
            rows.add(g.get("name").asString() + " " + c.get("doneOnTime").asInt() + "/" + c.get("doneLate").asInt()
                    + "/" + c.get("openWithinDeadline").asInt() + "/" + c.get("openOverdue").asInt() + " "
                    + c.get("overduePercent").decimalValue().toPlainString());
        }
        return rows;
    }

    private static List<String> lines(JsonNode lines, String... fields) {
        List<String> rows = new ArrayList<>();
        for (JsonNode line : lines) {
            List<String> values = new ArrayList<>();
            for (String field : fields) {
                values.add(line.get(field).isNull() ? "null" : line.get(field).asString());
            }
            rows.add(String.join("|", values));
        }
        return rows;
    }

    private static JsonNode issuedEvent(String reportId) {
        byte[] payload = sides.querySide.getBean(JdbcClient.class).sql("""
                        SELECT payload FROM events.domain_event_entry
                         WHERE aggregate_identifier = ? AND payload_type = 'vn.directives.events.report.ReportIssued'""")
                .param(reportId).query(byte[].class).single();
        return JSON.readTree(payload);
    }

    private static long issuedCount() {
        return sides.querySide.getBean(JdbcClient.class).sql("""
                        SELECT count(*) FROM events.domain_event_entry
                         WHERE payload_type = 'vn.directives.events.report.ReportIssued'""")
                .query(Long.class).single();
    }

    private static String field(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return JSON.readTree(response.body()).get("errors").get(0).get("field").asString();
    }

    /** The first table whose header row starts with these headers ("Nhiệm vụ|Loại"). */
    private static XWPFTable table(XWPFDocument document, String firstHeaders) {
        return document.getTables().stream()
                .filter(t -> (rows(t).get(0) + "|").startsWith(firstHeaders + "|"))
                .findFirst().orElseThrow(() -> new AssertionError("no table headed " + firstHeaders));
    }

    private static List<String> rows(XWPFTable table) {
        List<String> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            rows.add(row.getTableCells().stream().map(XWPFTableCell::getText).collect(Collectors.joining("|")));
        }
        return rows;
    }

    private static String cellText(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    /** Kept under target/ so that a person (or LibreOffice) can look at what the test read. */
    private static void saveForRendering(String name, byte[] content) throws IOException {
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }

    /**
     * The enterprise-sector acceptance (issue 16): every list goes through the command side's import
     * endpoints as a province would send it (a registry of 100 enterprises, 15 existing Party
     * organizations, their socio-political organizations, then the enterprises that ceased), and the
     * totals by locality ({@code GET /api/indicators/localities}) and the report's sector are checked
     * against figures counted by hand from the rows. Figures of this test's own wards and zones are
     * exact; province-wide ones are the change from the same figures fetched before (the province
     * already holds the scenario's enterprises).
     *
     * <pre>
     * The rows, enterprise i = 0..99 (written by the loops below):
     *   ward          i % 3 (W0: 34 rows, W1: 33, W2: 33)
     *   zone          i < 20: KCN Sông Công I (Z1); 20 <= i < 30: CCN Nam Hòa (Z2); others none
     *   workers       even i: 100, odd i: 30
     *   status        i % 10 == 9 suspended (tạm ngừng); ceased by the cessation list on 01/02/2026:
     *                 3, 13, 26, 40, 55 (W0: 3; W1: 13, 40, 55; W2: 26)
     *   Party org.    0-11, 13, 15, 21: even i a grassroots cell under Đảng ủy Khối Doanh nghiệp, odd i a
     *                 grassroots committee under Đảng ủy các KCN; 3 + i % 4 official, i % 2 probationary
     *   trade union   i % 4 == 0, 20 + i members (enterprise 0: 20, then 60 from 01/06/2025 by a second list)
     *   Youth Union   i % 5 == 2, 10 members;  Women's Union i % 10 == 0, 15 members;
     *   Veterans      5 (4 members) and 50 (7 members)
     * A ceased enterprise counts nowhere; a suspended one is not operating (not in I1, I3 or workers) but
     * its organizations still count.
     * </pre>
     */
    @Test
    void an_imported_registry_gives_the_indicators_and_totals_by_locality_counted_by_hand() {
        scenario.on("2026-07-01");
        String cutOff = "2026-06-30";
        JsonNode reportBefore = json(sides.queries.getBytes(sectorPath(cutOff)));
        // the baseline includes every event stored so far (an earlier test's still being projected would
        // otherwise count as this test's)
        long stored = sides.querySide.getBean(JdbcClient.class)
                .sql("SELECT max(global_index) FROM events.domain_event_entry").query(Long.class).single();
        JsonNode provinceBefore = json(await().atMost(Duration.ofSeconds(60)).until(() -> sides.queries.getBytes(
                "/api/indicators/localities?at=" + cutOff + "&position=" + stored),
                response -> response.statusCode() == 200)).get("province");
        String run = Integer.toString(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000, 99_999));
        List<String> wardNames = List.of("Phường Túc Duyên " + run, "Phường Gia Sàng " + run, "Xã Tân Cương " + run);
        List<String> wardIds = wardNames.stream().map(name -> sides.commands.accepted("/api/units",
                Map.of("name", name, "kind", name.startsWith("Xã") ? "COMMUNE" : "WARD", "effectiveOn", "2015-01-01"))
                .id()).toList();
        List<String> zones = List.of("KCN Sông Công I " + run, "CCN Nam Hòa " + run);
        List<String> committees = List.of("Đảng ủy Khối Doanh nghiệp " + run, "Đảng ủy các KCN " + run);
        sides.commands.accepted("/api/units", Map.of("name", committees.get(0),
                "kind", "PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES", "effectiveOn", "2015-01-01"));
        sides.commands.accepted("/api/units", Map.of("name", committees.get(1),
                "kind", "INDUSTRIAL_ZONES_PARTY_COMMITTEE", "effectiveOn", "2015-01-01"));
        List<String> taxCodes = java.util.stream.IntStream.range(0, 100).mapToObj(i -> acceptanceTaxCode(run, i))
                .toList();

        StringBuilder registry = new StringBuilder("Mã số thuế,Tên doanh nghiệp,Địa chỉ,Xã/phường,"
                + "Khu/cụm công nghiệp,Loại hình,Số lao động,Tình trạng,Ngày hiệu lực\n");
        for (int i = 0; i < 100; i++) {
            registry.append(taxCodes.get(i)).append(",Công ty TNHH Số ").append(i).append(" - ").append(run)
                    .append(",Tổ ").append(i).append(',').append(wardIds.get(i % 3)).append(',')
                    .append(i < 20 ? zones.get(0) : i < 30 ? zones.get(1) : "")
                    .append(i % 2 == 0 ? ",Tư nhân,100" : ",Có vốn đầu tư nước ngoài,30")
                    .append(i % 10 == 9 ? ",Tạm ngừng," : ",Đang hoạt động,").append("05/01/2025\n");
        }
        assertThat(importList(registry.toString()).get("toRegister").asInt()).isEqualTo(100);

        StringBuilder partyOrganizations = new StringBuilder("Mã số thuế,Tên tổ chức đảng,Loại tổ chức đảng,"
                + "Cấp ủy cấp trên trực tiếp,Đảng viên chính thức,Đảng viên dự bị,Ngày thành lập\n");
        for (int i : List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 21)) {
            partyOrganizations.append(taxCodes.get(i)).append(i % 2 == 0 ? ",Chi bộ Công ty " : ",Đảng bộ Công ty ")
                    .append(i).append(i % 2 == 0 ? ",Chi bộ cơ sở," : ",Đảng bộ cơ sở,")
                    .append(committees.get(i % 2)).append(',').append(3 + i % 4).append(',').append(i % 2)
                    .append(",01/03/2025\n");
        }
        assertThat(importList(partyOrganizations.toString()).get("toRegister").asInt()).isEqualTo(15);

        StringBuilder socioPolitical = new StringBuilder("Mã số thuế,Tổ chức chính trị - xã hội,Số thành viên,"
                + "Ngày thành lập\n");
        for (int i = 0; i < 100; i++) {
            if (i % 4 == 0) {
                socioPolitical.append(taxCodes.get(i)).append(",Công đoàn cơ sở,").append(20 + i).append(",01/04/2025\n");
            }
            if (i % 5 == 2) {
                socioPolitical.append(taxCodes.get(i)).append(",Chi đoàn,10,01/04/2025\n");
            }
            if (i % 10 == 0) {
                socioPolitical.append(taxCodes.get(i)).append(",Chi hội phụ nữ,15,01/04/2025\n");
            }
        }
        socioPolitical.append(taxCodes.get(5)).append(",Chi hội cựu chiến binh,4,01/04/2025\n")
                .append(taxCodes.get(50)).append(",Chi hội cựu chiến binh,7,01/04/2025\n");
        // 25 trade unions, 20 Youth Union branches, 10 Women's Union branches, 2 Veterans' Association branches
        assertThat(importList(socioPolitical.toString()).get("toRegister").asInt()).isEqualTo(57);
        assertThat(importList(socioPolitical.toString()).get("unchanged").asInt()).as("imported twice: nothing new")
                .isEqualTo(57);
        JsonNode grown = importList("Mã số thuế,Tổ chức chính trị - xã hội,Số thành viên,Ngày thành lập,Ngày hiệu lực\n"
                + taxCodes.get(0) + ",Công đoàn cơ sở,60,01/04/2025,01/06/2025\n");
        assertThat(grown.get("toChange").asInt()).as("a known union's members change, not a second union")
                .isEqualTo(1);

        StringBuilder cessations = new StringBuilder("Mã số thuế,Ngày chấm dứt hoạt động,Lý do chấm dứt\n");
        for (int i : List.of(3, 13, 26, 40, 55)) {
            cessations.append(taxCodes.get(i)).append(",01/02/2026,Giải thể\n");
        }
        assertThat(importList(cessations.toString()).get("toChange").asInt()).isEqualTo(5);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode localities = sides.queries.json("/api/indicators/localities?at=" + cutOff);
            assertThat(lines(localities.get("communes"))).filteredOn(line -> line.contains(run))
                    .containsExactlyInAnyOrder(
                    // W0: rows 0, 3, …, 99; ceased 3; suspended 9, 39, 69, 99: 29 operating, 17 even (100
                    // workers) and 12 odd (30): 2,060. Party organizations 0, 6, 9, 15, 21: cells 0, 6,
                    // committees 9, 15, 21; members 3 + 5 + 5 + 7 + 5 = 25; operating with one: 0, 6, 15, 21
                    // (I1 4/29). Unions 0, 12, 24, 36, 48, 60, 72, 84, 96: 60 + 32 + 44 + 56 + 68 + 80 + 92
                    // + 104 + 116 = 652, only 0 with a Party organization (I3 1/9). Youth Union 12, 27, 42, 57,
                    // 72, 87; Women's Union 0, 30, 60, 90.
                    wardNames.get(0) + "|29|2060|I1 4/29|I2 0/0|I3 1/9|I4 0/5|5|committee 3 cell 2 under 0 none 0"
                            + "|25|TRADE_UNION 9/652|YOUTH_UNION 6/60|WOMENS_UNION 4/60|VETERANS_ASSOCIATION 0/0",
                    // W1: rows 1, 4, …, 97; ceased 13, 40, 55; suspended 19, 49, 79: 27 operating, 15 even and
                    // 12 odd: 1,860. Party organizations 1, 4, 7, 10 (13 ceased): cells 4, 10, committees 1, 7;
                    // members 5 + 3 + 7 + 5 = 20, all operating (I1 4/27). Unions 4, 16, 28, 52, 64, 76, 88
                    // (40 ceased): 24 + 36 + 48 + 72 + 84 + 96 + 108 = 468, with a Party organization 4 (I3
                    // 1/7). Youth Union 7, 22, 37, 52, 67, 82, 97; Women's Union 10, 70 (40 ceased).
                    wardNames.get(1) + "|27|1860|I1 4/27|I2 0/0|I3 1/7|I4 0/4|4|committee 2 cell 2 under 0 none 0"
                            + "|20|TRADE_UNION 7/468|YOUTH_UNION 7/70|WOMENS_UNION 2/30|VETERANS_ASSOCIATION 0/0",
                    // W2: rows 2, 5, …, 98; ceased 26; suspended 29, 59, 89: 29 operating, 16 even and 13 odd:
                    // 1,990. Party organizations 2, 5, 8, 11: cells 2, 8, committees 5, 11; members 5 + 5 + 3 +
                    // 7 = 20 (I1 4/29). Unions 8, 20, 32, 44, 56, 68, 80, 92: 28 + 40 + … + 112 = 560, with a
                    // Party organization 8 (I3 1/8). Youth Union 2, 17, 32, 47, 62, 77, 92; Women's Union 20, 50,
                    // 80; Veterans 5 (4) and 50 (7).
                    wardNames.get(2) + "|29|1990|I1 4/29|I2 0/0|I3 1/8|I4 0/4|4|committee 2 cell 2 under 0 none 0"
                            + "|20|TRADE_UNION 8/560|YOUTH_UNION 7/70|WOMENS_UNION 3/45|VETERANS_ASSOCIATION 2/11");
            assertThat(lines(localities.get("zones"))).filteredOn(line -> line.contains(run))
                    .containsExactlyInAnyOrder(
                    // Z2, CCN Nam Hòa: rows 20-29; ceased 26; suspended 29: 8 operating, 20, 22, 24, 28 (400
                    // workers) and 21, 23, 25, 27 (120): 520. Party organization 21, a committee, 5 members
                    // (I1 1/8). Unions 20, 24, 28: 40 + 44 + 48 = 132, none with a Party organization (I3 0/3).
                    // Youth Union 22, 27; Women's Union 20.
                    zones.get(1) + "|8|520|I1 1/8|I2 0/0|I3 0/3|I4 0/1|1|committee 1 cell 0 under 0 none 0"
                            + "|5|TRADE_UNION 3/132|YOUTH_UNION 2/20|WOMENS_UNION 1/15|VETERANS_ASSOCIATION 0/0",
                    // Z1, KCN Sông Công I: rows 0-19; ceased 3, 13; suspended 9, 19: 16 operating, ten even
                    // (1,000 workers) and 1, 5, 7, 11, 15, 17 (180): 1,180. Party organizations 0-2, 4-11, 15:
                    // 12, cells 0, 2, 4, 6, 8, 10, committees 1, 5, 7, 9, 11, 15; members 3 + 5 + 5 + 3 + 5 + 5
                    // + 7 + 3 + 5 + 5 + 7 + 7 = 60; operating with one: all but 9 (I1 11/16). Unions 0, 4, 8,
                    // 12, 16: 60 + 24 + 28 + 32 + 36 = 180, with a Party organization 0, 4, 8 (I3 3/5). Youth
                    // Union 2, 7, 12, 17; Women's Union 0, 10; Veterans 5 (4).
                    zones.get(0) + "|16|1180|I1 11/16|I2 0/0|I3 3/5|I4 0/12|12|committee 6 cell 6 under 0 none 0"
                            + "|60|TRADE_UNION 5/180|YOUTH_UNION 4/40|WOMENS_UNION 2/30|VETERANS_ASSOCIATION 1/4");
            // the province grew by the three wards together: 29 + 27 + 29 = 85 operating, 2,060 + 1,860 +
            // 1,990 = 5,910 workers, 5 + 4 + 4 = 13 Party organizations (I1 12 of 85) with 25 + 20 + 20 = 65
            // members, 9 + 7 + 8 = 24 unions with 652 + 468 + 560 = 1,680 members
            JsonNode province = localities.get("province");
            assertThat(province.get("operatingEnterprises").asLong() - provinceBefore.get("operatingEnterprises")
                    .asLong()).isEqualTo(85);
            assertThat(province.get("workers").asLong() - provinceBefore.get("workers").asLong()).isEqualTo(5910);
            assertThat(province.get("partyOrganizations").asLong() - provinceBefore.get("partyOrganizations")
                    .asLong()).isEqualTo(13);
            assertThat(province.get("partyMembers").asLong() - provinceBefore.get("partyMembers").asLong())
                    .isEqualTo(65);
            assertThat(indicatorOf(province, "I1", "numerator") - indicatorOf(provinceBefore, "I1", "numerator"))
                    .isEqualTo(12);
            assertThat(socioPoliticalOf(province, "TRADE_UNION", "members")
                    - socioPoliticalOf(provinceBefore, "TRADE_UNION", "members")).isEqualTo(1680);
        });

        // the yearly report's sector, which folds the event history itself, agrees
        JsonNode reportAfter = json(sides.queries.getBytes(sectorPath(cutOff)));
        JsonNode before = reportBefore.get("sector");
        JsonNode after = reportAfter.get("sector");
        assertThat(indicator(reportAfter, "I1", "denominator") - indicator(reportBefore, "I1", "denominator"))
                .isEqualTo(85);
        assertThat(indicator(reportAfter, "I1", "numerator") - indicator(reportBefore, "I1", "numerator"))
                .isEqualTo(12);
        assertThat(change(before, after, "enterprises")).isEqualTo(85);
        assertThat(change(before, after, "workers")).isEqualTo(5910);
        assertThat(change(before, after, "partyOrganizations")).isEqualTo(13);
        assertThat(change(before, after, "partyMembers")).isEqualTo(65);
        assertThat(lines(after.get("byLocality"), "name", "enterprises", "workers", "withPartyOrganization"))
                .filteredOn(line -> line.contains(run)).containsExactlyInAnyOrder(wardNames.get(0) + "|29|2060|4",
                        wardNames.get(1) + "|27|1860|4", wardNames.get(2) + "|29|1990|4");
        assertThat(lines(after.get("byZone"), "name", "enterprises", "workers", "withPartyOrganization"))
                .filteredOn(line -> line.contains(run)).containsExactlyInAnyOrder(zones.get(0) + "|16|1180|11",
                        zones.get(1) + "|8|520|1");
        // cells: 0, 2, 4, 6, 8, 10 (6); committees: 1, 5, 7, 9, 11, 15, 21 (7)
        assertThat(lines(after.get("partyOrganizationsBySuperior"), "label", "count"))
                .filteredOn(line -> line.contains(run))
                .containsExactlyInAnyOrder(committees.get(0) + "|6", committees.get(1) + "|7");
        assertThat(socioPolitical(after, "TRADE_UNION", "members") - socioPolitical(before, "TRADE_UNION", "members"))
                .isEqualTo(1680);
        // Youth Union: W0 6 + W1 7 + W2 7 = 20 branches of 10 members
        assertThat(socioPolitical(after, "YOUTH_UNION", "organizations")
                - socioPolitical(before, "YOUTH_UNION", "organizations")).isEqualTo(20);
        assertThat(socioPolitical(after, "YOUTH_UNION", "members") - socioPolitical(before, "YOUTH_UNION", "members"))
                .isEqualTo(200);
    }

    /**
     * A locality's row of {@code /api/indicators/localities} as one line: name, operating enterprises,
     * workers, I1-I4, Party organizations (by kind: committees, cells, cells under a grassroots committee,
     * not classified), Party members, and each socio-political organization's count and members.
     */
    private static List<String> lines(JsonNode localities) {
        List<String> lines = new ArrayList<>();
        for (JsonNode row : localities) {
            StringBuilder line = new StringBuilder(row.get("locality").get("name").asString()).append('|')
                    .append(row.get("operatingEnterprises").asLong()).append('|').append(row.get("workers").asLong());
            for (JsonNode indicator : row.get("indicators")) {
                line.append('|').append(indicator.get("code").asString()).append(' ')
                        .append(indicator.get("numerator").asLong()).append('/')
                        .append(indicator.get("denominator").asLong());
            }
            line.append('|').append(row.get("partyOrganizations").asLong()).append('|');
            List<String> kinds = List.of("committee", "cell", "under", "none");
            for (int k = 0; k < 4; k++) {
                line.append(k == 0 ? "" : " ").append(kinds.get(k)).append(' ')
                        .append(row.get("partyOrganizationsByKind").get(k).get("count").asLong());
            }
            line.append('|').append(row.get("partyMembers").asLong());
            for (JsonNode organization : row.get("socioPoliticalOrganizations")) {
                line.append('|').append(organization.get("kind").get("code").asString()).append(' ')
                        .append(organization.get("organizations").asLong()).append('/')
                        .append(organization.get("members").asLong());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static long indicatorOf(JsonNode totals, String code, String field) {
        for (JsonNode indicator : totals.get("indicators")) {
            if (indicator.get("code").asString().equals(code)) {
                return indicator.get(field).asLong();
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    private static long socioPoliticalOf(JsonNode totals, String kind, String field) {
        for (JsonNode organization : totals.get("socioPoliticalOrganizations")) {
            if (organization.get("kind").get("code").asString().equals(kind)) {
                return organization.get(field).asLong();
            }
        }
        throw new AssertionError("no socio-political organization " + kind);
    }

    /**
     * The migration acceptance: a history of 2024 recorded in an older system (seven enterprises and
     * two Party organizations, each with the day it took effect and, mostly, the day the older system
     * recorded it) is migrated in 2026; the 2024 report then counts, corrected, every fact effective
     * by 15/11/2024 and, as recorded, only those the older system had recorded by then. Figures by
     * hand, as the change from the same reports fetched before (the province holds the scenario's
     * enterprises), and this test's own ward and committee exactly.
     *
     * <pre>
     * enterprise  effective   recorded originally   workers        as recorded  corrected
     * M0          10/01/2024  15/01/2024            100            yes          yes
     * M1          01/03/2024  01/03/2024             50            yes          yes
     * M2          01/05/2024  20/12/2024             70            no           yes
     * M3          01/06/2024  (unknown: 01/06/2024)  30            yes          yes
     * M4          01/10/2024  05/02/2025             40            no           yes
     * M5          01/12/2024  02/12/2024             60            no           no (after the cut)
     * M6          01/02/2024  01/02/2024             10 suspended  not operating
     * M0's grassroots cell (3 + 1 members) since 01/02/2024, recorded 10/02/2024: both bases
     * M1's grassroots committee (5 + 2) since 01/04/2024, recorded 10/01/2025: corrected only
     * </pre>
     */
    @Test
    void a_migrated_history_of_2024_gives_that_years_report_on_both_bases_by_its_original_recording_days()
            throws IOException {
        scenario.on("2026-09-01");
        String run = Integer.toString(java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000, 99_999));
        String ward = "Phường Mỏ Chè " + run;
        String wardId = sides.commands.accepted("/api/units", Map.of("name", ward, "kind", "WARD",
                "effectiveOn", "2015-01-01")).id();
        String committee = "Đảng ủy Khối Doanh nghiệp cũ " + run;
        sides.commands.accepted("/api/units", Map.of("name", committee,
                "kind", "PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES", "effectiveOn", "2015-01-01"));
        String cutOff = "2024-11-15";
        JsonNode recordedBefore = json(sides.queries.getBytes(reportPath(cutOff, "AS_RECORDED")));
        JsonNode correctedBefore = json(sides.queries.getBytes(reportPath(cutOff, "CORRECTED")));

        String[][] history = {{"10/01/2024", "15/01/2024", "100", "Đang hoạt động"},
                {"01/03/2024", "01/03/2024", "50", "Đang hoạt động"}, {"01/05/2024", "20/12/2024", "70", "Đang hoạt động"},
                {"01/06/2024", "", "30", "Đang hoạt động"}, {"01/10/2024", "05/02/2025", "40", "Đang hoạt động"},
                {"01/12/2024", "02/12/2024", "60", "Đang hoạt động"}, {"01/02/2024", "01/02/2024", "10", "Tạm ngừng"}};
        StringBuilder enterprises = new StringBuilder("Mã số thuế,Tên doanh nghiệp,Địa chỉ,Xã/phường,Loại hình,"
                + "Số lao động,Tình trạng,Ngày hiệu lực,Ngày ghi nhận gốc\n");
        for (int i = 0; i < history.length; i++) {
            enterprises.append(migratedTaxCode(run, i)).append(",Công ty TNHH Lịch Sử ").append(i).append(" - ")
                    .append(run).append(",Tổ ").append(i).append(',').append(wardId).append(",Tư nhân,")
                    .append(history[i][2]).append(',').append(history[i][3]).append(',').append(history[i][0])
                    .append(',').append(history[i][1]).append('\n');
        }
        String organizations = "Mã số thuế,Tên tổ chức đảng,Loại tổ chức đảng,Cấp ủy cấp trên trực tiếp,"
                + "Đảng viên chính thức,Đảng viên dự bị,Ngày thành lập,Ngày ghi nhận gốc\n"
                + migratedTaxCode(run, 0) + ",Chi bộ Công ty 0,Chi bộ cơ sở," + committee + ",3,1,01/02/2024,10/02/2024\n"
                + migratedTaxCode(run, 1) + ",Đảng bộ Công ty 1,Đảng bộ cơ sở," + committee + ",5,2,01/04/2024,10/01/2025\n";
        String registrySource = "Sổ theo dõi doanh nghiệp (Excel) của Ban Tổ chức, bản 31/12/2025";
        String organizationSource = "Phần mềm quản lý tổ chức đảng cũ, trích xuất 30/06/2026";

        JsonNode checked = migrate("/api/history-migrations/validations", enterprises.toString(), registrySource);
        assertThat(checked.get("toRegister").asInt()).isEqualTo(7);
        assertThat(checked.get("imported").asBoolean()).isFalse();
        JsonNode registry = migrate("/api/history-migrations", enterprises.toString(), registrySource);
        JsonNode parties = migrate("/api/history-migrations", organizations, organizationSource);
        assertThat(registry.get("toRegister").asInt()).isEqualTo(7);
        assertThat(parties.get("toRegister").asInt()).isEqualTo(2);
        byte[] recordedBytes = bytes(sides.queries.getBytes(reportPath(cutOff, "AS_RECORDED")));
        JsonNode recorded = JSON.readTree(recordedBytes);
        JsonNode corrected = json(sides.queries.getBytes(reportPath(cutOff, "CORRECTED")));

        // as recorded: M0, M1, M3 (100 + 50 + 30 workers), M0's cell (4 members)
        assertThat(change(recordedBefore.get("sector"), recorded.get("sector"), "enterprises")).isEqualTo(3);
        assertThat(change(recordedBefore.get("sector"), recorded.get("sector"), "workers")).isEqualTo(180);
        assertThat(change(recordedBefore.get("sector"), recorded.get("sector"), "partyOrganizations")).isEqualTo(1);
        assertThat(change(recordedBefore.get("sector"), recorded.get("sector"), "partyMembers")).isEqualTo(4);
        assertThat(indicator(recorded, "I1", "denominator") - indicator(recordedBefore, "I1", "denominator"))
                .isEqualTo(3);
        assertThat(indicator(recorded, "I1", "numerator") - indicator(recordedBefore, "I1", "numerator"))
                .isEqualTo(1);
        assertThat(lines(recorded.get("sector").get("byLocality"), "name", "enterprises", "workers",
                "withPartyOrganization")).filteredOn(line -> line.contains(run)).containsExactly(ward + "|3|180|1");
        assertThat(lines(recorded.get("sector").get("partyOrganizationsBySuperior"), "label", "count"))
                .filteredOn(line -> line.contains(run)).containsExactly(committee + "|1");
        assertThat(countOf(recorded.get("sector"), "partyOrganizationsByKind", "Đảng bộ cơ sở"))
                .isEqualTo(countOf(recordedBefore.get("sector"), "partyOrganizationsByKind", "Đảng bộ cơ sở"));

        // corrected: M0-M4 (100 + 50 + 70 + 30 + 40), both organizations (4 + 7 members); M5 is after the cut
        assertThat(change(correctedBefore.get("sector"), corrected.get("sector"), "enterprises")).isEqualTo(5);
        assertThat(change(correctedBefore.get("sector"), corrected.get("sector"), "workers")).isEqualTo(290);
        assertThat(change(correctedBefore.get("sector"), corrected.get("sector"), "partyOrganizations")).isEqualTo(2);
        assertThat(change(correctedBefore.get("sector"), corrected.get("sector"), "partyMembers")).isEqualTo(11);
        assertThat(indicator(corrected, "I1", "denominator") - indicator(correctedBefore, "I1", "denominator"))
                .isEqualTo(5);
        assertThat(lines(corrected.get("sector").get("byLocality"), "name", "enterprises", "workers",
                "withPartyOrganization")).filteredOn(line -> line.contains(run)).containsExactly(ward + "|5|290|2");
        assertThat(lines(corrected.get("sector").get("partyOrganizationsBySuperior"), "label", "count"))
                .filteredOn(line -> line.contains(run)).containsExactly(committee + "|2");
        assertThat(countOf(corrected.get("sector"), "partyOrganizationsByKind", "Đảng bộ cơ sở")
                - countOf(correctedBefore.get("sector"), "partyOrganizationsByKind", "Đảng bộ cơ sở")).isEqualTo(1);

        // what was migrated, by whom: the facts each report counts (M6, suspended, is a fact seen too)
        String registryJob = registry.get("importJobId").asString();
        String partyJob = parties.get("importJobId").asString();
        assertThat(lines(recorded.get("sector").get("migratedFrom"), "source", "importJobId", "confirmedBy",
                "confirmedOn", "facts")).filteredOn(line -> line.contains(registryJob) || line.contains(partyJob))
                .containsExactly(
                        registrySource + "|" + registryJob + "|organization-committee|2026-09-01|4",
                        organizationSource + "|" + partyJob + "|organization-committee|2026-09-01|1");
        assertThat(lines(corrected.get("sector").get("migratedFrom"), "importJobId", "facts"))
                .filteredOn(line -> line.contains(registryJob) || line.contains(partyJob))
                .containsExactly(registryJob + "|6", partyJob + "|2");
        byte[] docx = bytes(sides.queries.getBytes("/api/directives/" + scenario.directiveId
                + "/report/document?cutOff=" + cutOff + "&basis=AS_RECORDED&number=131&issuedOn=2024-11-20"));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs().stream().map(XWPFParagraph::getText).toList()).contains(
                    "Số liệu chuyển từ hệ thống cũ: " + registrySource + " (đợt chuyển " + registryJob
                            + ", 4 sự việc được tính, xác nhận bởi organization-committee ngày 01/09/2026).");
        }
        JsonNode audit = sides.queries.json("/api/audit/users/organization-committee/actions?from=2026-09-01"
                + "&to=2026-09-01");
        assertThat(StreamSupport.stream(audit.spliterator(), false)
                .filter(entry -> partyJob.equals(entry.path("importJobId").asString(null)))
                .map(entry -> entry.get("event").asString() + "|" + entry.get("actor").asString() + "|"
                        + entry.get("migrationSource").asString() + "|" + entry.get("recordedOriginallyOn").asString())
                .toList()).containsExactlyInAnyOrder(
                "ExistingPartyOrganizationRecorded|organization-committee|" + organizationSource + "|2024-02-10",
                "ExistingPartyOrganizationRecorded|organization-committee|" + organizationSource + "|2025-01-10");

        // the same migration again: nothing new, the report byte for byte the same
        assertThat(migrate("/api/history-migrations", enterprises.toString(), registrySource).get("unchanged")
                .asInt()).isEqualTo(7);
        assertThat(migrate("/api/history-migrations", organizations, organizationSource).get("unchanged").asInt())
                .isEqualTo(2);
        assertThat(bytes(sides.queries.getBytes(reportPath(cutOff, "AS_RECORDED")))).isEqualTo(recordedBytes);
    }

    private static String reportPath(String cutOff, String basis) {
        return "/api/directives/" + scenario.directiveId + "/report?cutOff=" + cutOff + "&basis=" + basis;
    }

    /** A history migration's check or migration of a CSV with its source; insists on 200. */
    private static JsonNode migrate(String path, String csv, String source) {
        return upload(path + "?source=" + java.net.URLEncoder.encode(source, StandardCharsets.UTF_8), csv);
    }

    /** A tax code with its check digit, unique to the run (starts 48: apart from the other tests' codes). */
    private static String migratedTaxCode(String run, int enterprise) {
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        for (int filler = 0; ; filler++) {
            String nine = "48" + run + filler + enterprise;
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += weights[i] * (nine.charAt(i) - '0');
            }
            if (10 - sum % 11 < 10) {
                return nine + (10 - sum % 11);
            }
        }
    }

    private static long indicator(JsonNode report, String code, String field) {
        for (JsonNode indicator : report.get("indicators")) {
            if (indicator.get("code").asString().equals(code)) {
                return indicator.get(field).asLong();
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    private static String sectorPath(String cutOff) {
        return "/api/directives/" + scenario.directiveId + "/report?cutOff=" + cutOff + "&basis=CORRECTED";
    }

    /** How much a figure grew between the two reports; a figure not recorded before counts from 0. */
    private static long change(JsonNode before, JsonNode after, String field) {
        return after.get(field).asLong() - (before.get(field).isNull() ? 0 : before.get(field).asLong());
    }

    private static long countOf(JsonNode sector, String list, String label) {
        for (JsonNode count : sector.get(list)) {
            if (count.get("label").asString().equals(label)) {
                return count.get("count").isNull() ? 0 : count.get("count").asLong();
            }
        }
        return 0;
    }

    private static long socioPolitical(JsonNode sector, String kind, String field) {
        for (JsonNode organization : sector.get("socioPolitical")) {
            if (organization.get("kind").asString().equals(kind)) {
                return organization.get(field).isNull() ? 0 : organization.get(field).asLong();
            }
        }
        return 0;
    }

    /** Imports a CSV list through the command side's import job; its report. */
    private static JsonNode importList(String csv) {
        return upload("/api/enterprise-imports", csv);
    }

    private static JsonNode upload(String path, String csv) {
        try {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                            "http://localhost:" + sides.commandSide.getEnvironment()
                                    .getRequiredProperty("local.server.port") + path))
                    .header("Content-Type", "application/octet-stream")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8));
            vn.directives.command.support.TestAccounts.signIn(request);
            HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A tax code with its check digit (weights 31, 29, 23, 19, 17, 13, 7, 5, 3), unique to the run. */
    private static String acceptanceTaxCode(String run, int enterprise) {
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        for (int filler = 0; ; filler++) {
            String nine = "47" + run.substring(0, 4) + String.format("%03d", enterprise * 10 + filler).substring(0, 3);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += weights[i] * (nine.charAt(i) - '0');
            }
            if (10 - sum % 11 < 10) {
                return nine + (10 - sum % 11);
            }
        }
    }
}
