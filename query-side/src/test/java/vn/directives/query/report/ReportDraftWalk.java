package vn.directives.query.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.query.consistency.CommandClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Report drafts of {@link ReportScenario}'s directive, walked through both sides over HTTP: written,
 * returned, approved, issued, every issued format read back (POI, PDFBox) and verified by its
 * hash; run by {@link YearlyReportTest} on its running sides and recorded history.
 */
final class ReportDraftWalk {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Combining diacritics (e + U+0301), precomposed ones and a character outside the Basic Multilingual Plane. */
    static final String HIGHLIGHTS = "Các cấp ủy đã quán triệt sâu sắc Chỉ thị; đã thành lập thêm tổ chức đảng ở "
            + "doanh nghiệp Phu\u0301 Bình 👍.";
    static final String LIMITATIONS = "Một số cấp ủy chưa quan tâm đúng mức.\nNguyên nhân: chủ doanh nghiệp còn e ngại.";

    private final ReportSides sides;
    private final ReportScenario scenario;
    private final CommandClient commands;

    ReportDraftWalk(ReportSides sides, ReportScenario scenario) {
        this.sides = sides;
        this.scenario = scenario;
        this.commands = sides.commands;
    }

    /** The yearly period of the scenario, written, returned, approved and issued. */
    void writeApproveIssueAndVerify() throws IOException {
        scenario.on("2025-07-03");
        String draft = create("2022-11-16", "2023-11-15");
        String etag = commands.accepted("/api/report-drafts/" + draft + "/sections",
                Map.of("section", "HIGHLIGHTS", "text", HIGHLIGHTS), "If-Match", "\"0\"").etag();
        CommandClient.Answer stale = commands.post("/api/report-drafts/" + draft + "/sections",
                Map.of("section", "LESSONS", "text", "x"), "If-Match", "\"0\"");
        assertThat(stale.status()).as("a stale If-Match").isEqualTo(412);
        commands.accepted("/api/report-drafts/" + draft + "/sections",
                Map.of("section", "LIMITATIONS", "text", LIMITATIONS), "If-Match", etag);
        commands.accepted("/api/report-drafts/" + draft + "/addressing", Map.of("recipients",
                List.of("Ban Thường vụ Tỉnh ủy (để báo cáo),", "Lưu Ban Tổ chức Tỉnh ủy."), "signatureForm",
                "K/T TRƯỞNG BAN", "signatoryTitle", "PHÓ TRƯỞNG BAN", "signatoryName", "Nguyễn Văn An"));
        commands.accepted("/api/report-drafts/" + draft + "/submission", Map.of());
        commands.accepted("/api/report-drafts/" + draft + "/return", Map.of("comments", "Bổ sung bài học."));
        commands.accepted("/api/report-drafts/" + draft + "/sections",
                Map.of("section", "LESSONS", "text", "Phải sâu sát cơ sở."));
        commands.accepted("/api/report-drafts/" + draft + "/submission", Map.of());
        CommandClient.Answer early = commands.post("/api/report-drafts/" + draft + "/issue", Map.of("number", "1"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().toString()).contains("not-approved");
        commands.accepted("/api/report-drafts/" + draft + "/approval", Map.of(), "X-Actor", "truong-ban");
        String number = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        CommandClient.Answer issued = commands.accepted("/api/report-drafts/" + draft + "/issue",
                Map.of("number", number, "issuedOn", "2025-07-02"));

        JsonNode view = json(sides.queries.getBytes("/api/report-drafts/" + draft));
        assertThat(view.get("status").asString()).isEqualTo("ISSUED");
        assertThat(view.get("comments").get(0).get("comments").asString()).isEqualTo("Bổ sung bài học.");
        assertThat(view.get("history").size()).isEqualTo(10);
        assertThat(view.get("history").get(8).get("by").asString()).isEqualTo("truong-ban");
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String format : ReportDrafts.FORMATS) {
            byte[] file = bytes(sides.queries.getBytes("/api/report-drafts/" + draft + "/files/" + format));
            files.put(format, file);
            assertThat(ReportHash.sha256(file)).as("the kept " + format + " has the hash of the issue")
                    .isEqualTo(view.get("issued").get("sha256").get(format).asString());
            saveForRendering("draft-issued." + format, file);
        }
        assertThat(issued.body().toString()).doesNotContain("error");

        JsonNode document = JSON.readTree(files.get("json"));
        assertThat(document.get("number").asString()).isEqualTo(number);
        assertThat(document.get("narrative").get(0).get("text").asString()).isEqualTo(HIGHLIGHTS);
        // a year earlier (16/11/2021-15/11/2022): T0 and G, both done on time
        assertThat(comparison(document, "Nhiệm vụ: hoàn thành đúng hạn")).containsExactly("2", "2", "0");
        assertThat(comparison(document, "Nhiệm vụ: tổng số")).containsExactly("2", "6", "4");
        // point 5 a year earlier: G done on time with its product, its part G1 delegated (counted apart)
        assertThat(point(document, 5, "Hoàn thành đúng hạn")).containsExactly("1", "0", "-1");
        assertThat(point(document, 5, "Nhiệm vụ chung: sản phẩm đã hoàn thành")).containsExactly("1", "0", "-1");
        assertThat(point(document, 5, "Nhiệm vụ chung: tiến độ bình quân")).containsExactly("100.0", "null", "null");
        // G1 is still open after G was completed: a task of its own, open in both periods
        assertThat(point(document, 5, "Nhiệm vụ giao cấp dưới thực hiện")).containsExactly("1", "1", "0");
        assertThat(point(document, 1, "Nhiệm vụ giao cấp dưới thực hiện")).containsExactly("0", "1", "1");
        assertThat(point(document, 1, "Tổng số nhiệm vụ")).containsExactly("1", "2", "1");
        // the registry holds nothing effective a year earlier: not 0 but not recorded
        assertThat(sector(document, "Doanh nghiệp ngoài nhà nước đang hoạt động")).containsExactly("null", "2", "null");
        assertThat(sector(document, "Đảng viên trong các tổ chức đảng đó")).containsExactly("5", "8", "3");
        assertThat(sector(document, "Đảng viên mới được kết nạp trong kỳ")).containsExactly("0", "2", "2");
        assertThat(comparison(document, "Nhiệm vụ: tỷ lệ quá hạn")).containsExactly("0.0", "33.3", "33.3");

        String docx = nfc(new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(files.get("docx"))))
                .getText());
        assertThat(docx).contains("Số " + number + "-BC/BTCTU", "ngày 02 tháng 7 năm 2025",
                "Kết quả thực hiện Chỉ thị số " + directiveNumber(document) + " năm 2023", nfc(HIGHLIGHTS),
                "Nguyên nhân: chủ doanh nghiệp còn e ngại.", "HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN",
                "SO SÁNH VỚI CÙNG KỲ NĂM TRƯỚC", "Nhiệm vụ: tỷ lệ quá hạn", "+33,3 điểm %", "K/T TRƯỞNG BAN",
                "KẾT QUẢ THỰC HIỆN THEO TỪNG ĐIỂM CỦA CHỈ THỊ", "Quán triệt, tuyên truyền Chỉ thị",
                "Đảng viên mới được kết nạp trong kỳ\t0\t2\t+2", "Chi hội cựu chiến binh: số tổ chức\tchưa có số liệu",
                "PHÓ TRƯỞNG BAN", "Nguyễn Văn An", "(chưa có nội dung)");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(files.get("xlsx")))) {
            Sheet sheet = workbook.getSheet("So với cùng kỳ");
            assertThat(sheet.getRow(ReportWorkbook.HEADER_ROW + 1).getCell(0).getStringCellValue())
                    .isEqualTo("Nhiệm vụ: hoàn thành đúng hạn");
            assertThat(sheet.getRow(ReportWorkbook.HEADER_ROW + 1).getCell(2).getCellType())
                    .isEqualTo(CellType.NUMERIC);
            // 2 on time a year earlier (T0, G), 2 now (T1, T3): no change
            assertThat(sheet.getRow(ReportWorkbook.HEADER_ROW + 1).getCell(3).getNumericCellValue()).isEqualTo(0.0);
            assertThat(workbook.getSheet("Nội dung báo cáo").getRow(ReportWorkbook.HEADER_ROW + 1).getCell(1)
                    .getStringCellValue()).isEqualTo(HIGHLIGHTS);
            Sheet points = workbook.getSheet("Theo điểm");
            assertThat(points.getRow(ReportWorkbook.HEADER_ROW + 1).getCell(0).getStringCellValue())
                    .isEqualTo("Điểm 1: Hoàn thành đúng hạn");
            assertThat(points.getRow(ReportWorkbook.HEADER_ROW + 1).getCell(2).getNumericCellValue()).isEqualTo(1.0);
            Sheet sector = workbook.getSheet("Khu vực doanh nghiệp");
            assertThat(sector.getRow(ReportWorkbook.HEADER_ROW + 1).getCell(1).getStringCellValue())
                    .isEqualTo("chưa có số liệu");
            assertThat(sector.getRow(ReportWorkbook.HEADER_ROW + 1).getCell(2).getNumericCellValue()).isEqualTo(2.0);
        }

        String pdf;
        try (PDDocument read = Loader.loadPDF(files.get("pdf"))) {
            pdf = nfc(new PDFTextStripper().getText(read));
        }
        assertThat(pdf).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Số " + number + "-BC/BTCTU",
                "Các cấp ủy đã quán triệt sâu sắc Chỉ thị", "Phú Bình", "HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN",
                "Nguyên nhân: chủ doanh nghiệp còn e ngại.", "SO SÁNH VỚI CÙNG KỲ NĂM TRƯỚC",
                "Nhiệm vụ: hoàn thành đúng hạn", "+33,3 điểm %", "K/T TRƯỞNG BAN", "Nguyễn Văn An", "PHỤ LỤC",
                "KẾT QUẢ THỰC HIỆN THEO TỪNG ĐIỂM CỦA CHỈ THỊ", "TỔ CHỨC ĐẢNG, TỔ CHỨC CHÍNH TRỊ - XÃ HỘI TRONG",
                "chưa có số liệu", "Xã Điềm Thụy");

        for (String format : ReportDrafts.FORMATS) {
            assertThat(verify(files.get(format)).get("matches").asBoolean()).as(format + " verifies").isTrue();
        }
        byte[] edited = files.get("pdf").clone();
        edited[edited.length / 2] ^= 1;
        assertThat(verify(edited).get("matches").asBoolean()).as("an edited copy").isFalse();

        CommandClient.Answer afterIssue = commands.post("/api/report-drafts/" + draft + "/sections",
                Map.of("section", "LESSONS", "text", "Sửa sau khi ban hành"));
        assertThat(afterIssue.status()).isEqualTo(409);
        assertThat(afterIssue.body().toString()).contains("not-a-draft");

        String second = create("2022-11-16", "2023-11-15");
        commands.accepted("/api/report-drafts/" + second + "/submission", Map.of());
        commands.accepted("/api/report-drafts/" + second + "/approval", Map.of());
        CommandClient.Answer duplicate = commands.post("/api/report-drafts/" + second + "/issue",
                Map.of("number", number, "issuedOn", "2025-07-02"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().toString()).contains("number-taken");
        assertThat(json(sides.queries.getBytes("/api/report-drafts/" + second)).get("status").asString())
                .isEqualTo("APPROVED");
    }

    /** A four-month and a six-month report of 2023, against the same months of 2022, by hand. */
    void fourAndSixMonths() {
        scenario.on("2025-07-03");
        JsonNode four = draftDocument(create("2023-01-01", "2023-04-30"));
        JsonNode six = draftDocument(create("2023-01-01", "2023-06-30"));

        assertThat(four.get("periodKind").asString()).isEqualTo("MONTHS");
        assertThat(four.get("title").asString()).startsWith("Báo cáo Sơ kết 4 tháng đầu năm 2023 thực hiện Chỉ thị");
        assertThat(six.get("title").asString()).startsWith("Báo cáo Sơ kết 6 tháng đầu năm 2023 thực hiện Chỉ thị");
        // at 30/04/2023: T1 (due 30/06), T2 (due 30/09) and T3 (due 31/08) open within their deadlines;
        // at 30/04/2022: T0 open, due 30/06/2022
        assertThat(categories(four.get("figures"))).containsExactly(0, 0, 3, 0, 3, 0);
        assertThat(comparison(four, "Nhiệm vụ: đang thực hiện trong hạn")).containsExactly("1", "3", "2");
        assertThat(comparison(four, "Nhiệm vụ: tổng số")).containsExactly("1", "3", "2");
        // at 30/06/2023: T1 (closed 20/05) and T3 (05/05) on time; T2, T4 (opened 02/05) and T5 (01/06) open
        // within; at 30/06/2022: T0 closed 01/05/2022, on time
        assertThat(categories(six.get("figures"))).containsExactly(2, 0, 3, 0, 5, 0);
        assertThat(comparison(six, "Nhiệm vụ: hoàn thành đúng hạn")).containsExactly("1", "2", "1");
        assertThat(comparison(six, "Khảo sát: Nhiệm vụ khảo sát")).containsExactly("1", "2", "1");
        assertThat(six.get("figures").get("periodFrom").asString()).isEqualTo("2023-01-01");
        // per point at 30/06/2023: point 1 T1 on time, T5 (opened 01/06) within, S delegated only on 01/07;
        // a year earlier point 1 T0 on time, point 5 G open within with no progress reported by 30/06/2022
        assertThat(point(six, 1, "Hoàn thành đúng hạn")).containsExactly("1", "1", "0");
        assertThat(point(six, 1, "Đang thực hiện trong hạn")).containsExactly("0", "1", "1");
        assertThat(point(six, 1, "Nhiệm vụ giao cấp dưới thực hiện")).containsExactly("0", "0", "0");
        assertThat(point(six, 5, "Đang thực hiện trong hạn")).containsExactly("1", "0", "-1");
        assertThat(point(six, 5, "Nhiệm vụ chung: tiến độ bình quân")).containsExactly("0.0", "null", "null");
        assertThat(point(four, 5, "Tổng số nhiệm vụ")).containsExactly("0", "0", "0");
        // the sector at 30/04 and 30/06/2023: E1's union 250 then 270 members; E4's 5 members, then 5 + 1 + 2
        assertThat(sector(four, "Công đoàn cơ sở: đoàn viên")).containsExactly("null", "250", "null");
        assertThat(sector(six, "Công đoàn cơ sở: đoàn viên")).containsExactly("null", "270", "null");
        assertThat(sector(four, "Đảng viên trong các tổ chức đảng đó")).containsExactly("5", "5", "0");
        assertThat(sector(six, "Đảng viên trong các tổ chức đảng đó")).containsExactly("5", "8", "3");
        assertThat(sector(six, "Đảng viên mới được kết nạp trong kỳ")).containsExactly("0", "2", "2");
        assertThat(sector(six, "Người lao động trong các doanh nghiệp đó")).containsExactly("null", "420", "null");
        CommandClient.Answer inverted = commands.post("/api/report-drafts", Map.of("directiveId",
                scenario.directiveId, "from", "2023-06-30", "to", "2023-01-01", "basis", "AS_RECORDED"));
        assertThat(inverted.status()).isEqualTo(400);
        assertThat(inverted.body().toString()).contains("period-order");
        CommandClient.Answer tooLong = commands.post("/api/report-drafts", Map.of("directiveId",
                scenario.directiveId, "from", "2021-01-01", "to", "2023-06-30", "basis", "AS_RECORDED"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().toString()).contains("period-before-directive");
    }

    private String create(String from, String to) {
        return commands.accepted("/api/report-drafts", Map.of("directiveId", scenario.directiveId, "from", from,
                "to", to, "basis", "AS_RECORDED")).id();
    }

    private JsonNode draftDocument(String draft) {
        return json(sides.queries.getBytes("/api/report-drafts/" + draft + "/files/json"));
    }

    private JsonNode verify(byte[] copy) {
        return json(sides.queries.getBytes("/api/issued-reports/verification?sha256=" + ReportHash.sha256(copy)));
    }

    private static List<Integer> categories(JsonNode figures) {
        JsonNode c = figures.get("categories");
        List<Integer> values = new ArrayList<>();
        for (String field : List.of("doneOnTime", "doneLate", "openWithinDeadline", "openOverdue", "total",
                "cancelled")) {
            values.add(c.get(field).asInt());
        }
        return values;
    }

    /** Previous, current and change of one comparison row, as plain decimal text. */
    private static List<String> comparison(JsonNode document, String item) {
        for (JsonNode row : document.get("previousYear")) {
            if (row.get("item").asString().equals(item)) {
                return List.of(text(row.get("previous")), text(row.get("current")), text(row.get("change")));
            }
        }
        throw new AssertionError("no comparison row " + item);
    }

    /** Previous, current and change of one figure of a point. */
    private static List<String> point(JsonNode document, int number, String item) {
        for (JsonNode point : document.get("pointsPreviousYear")) {
            if (point.get("number").asInt() == number) {
                return row(point.get("figures"), item);
            }
        }
        throw new AssertionError("no point " + number);
    }

    /** Previous, current and change of one figure of the enterprise sector. */
    private static List<String> sector(JsonNode document, String item) {
        return row(document.get("sectorPreviousYear"), item);
    }

    private static List<String> row(JsonNode rows, String item) {
        for (JsonNode row : rows) {
            if (row.get("item").asString().equals(item)) {
                return List.of(text(row.get("previous")), text(row.get("current")), text(row.get("change")));
            }
        }
        throw new AssertionError("no row " + item);
    }

    private static String text(JsonNode number) {
        return number.isNull() ? "null" : new BigDecimal(number.asString()).toPlainString();
    }

    private static String directiveNumber(JsonNode document) {
        return document.get("figures").get("directive").get("number").asString();
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static byte[] bytes(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        return response.body();
    }

    private static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(bytes(response));
    }

    private static void saveForRendering(String name, byte[] content) throws IOException {
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }
}
