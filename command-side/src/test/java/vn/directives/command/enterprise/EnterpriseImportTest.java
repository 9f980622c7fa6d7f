package vn.directives.command.enterprise;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.directives.command.infrastructure.CommandSideTest;
import vn.directives.command.support.Api;
import vn.directives.command.support.TestAccounts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directives.command.enterprise.Spreadsheets.HEADER;
import static vn.directives.command.enterprise.Spreadsheets.newTaxCode;
import static vn.directives.command.enterprise.Spreadsheets.xlsx;

/** The registry and its import over HTTP, against the shared command side and its PostgreSQL. */
@CommandSideTest
class EnterpriseImportTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api api;
    private String wardName;
    private String wardId;

    @BeforeEach
    void aWard() {
        api = new Api(port);
        wardName = "Phường Bách Quang " + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        wardId = api.unit("Đảng ủy " + wardName.toLowerCase().replace("bách quang", "Bách Quang"), "WARD");
    }

    @Test
    void a_second_registration_of_a_tax_code_is_refused_naming_the_field_and_the_rule() {
        String taxCode = newTaxCode();
        assertThat(register(taxCode).status()).isEqualTo(201);

        Api.Answer again = register(taxCode);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("errors").get(0).get("field").asString()).isEqualTo("taxCode");
        assertThat(again.body().get("errors").get(0).get("rule").asString()).isEqualTo("tax-code-registered");
        assertThat(register(taxCode.substring(0, 9) + ((taxCode.charAt(9) - '0' + 1) % 10)).body()
                .get("errors").get(0).get("rule").asString()).isEqualTo("tax-code-check-digit");
        assertThat(events(List.of(taxCode))).isEqualTo(1);
    }

    @Test
    void an_xlsx_list_is_validated_then_imported_once_and_a_changed_row_records_a_change() throws Exception {
        String first = newTaxCode();
        String second = newTaxCode();
        String third = newTaxCode();
        List<List<Object>> rows = List.of(
                List.of(first, "Công ty TNHH Điện tử Sao Mai", "Lô B2, KCN Sông Công I", wardName, "KCN Sông Công I",
                        "Có vốn đầu tư nước ngoài", 1250, "Đang hoạt động", LocalDate.of(2019, 4, 2)),
                List.of(second, "Công ty CP May Sông Công", "Số 5 đường Thắng Lợi", wardId, "",
                        "Cổ phần có vốn nhà nước không chi phối", "1.250", "", "02/01/2020"),
                List.of(third, "Doanh nghiệp tư nhân Minh Tâm", "Tổ 3", wardName.toUpperCase(), "", "Tư nhân", 12,
                        "Tạm ngừng", "2021-06-30"));
        byte[] file = xlsx(HEADER, rows, false);

        JsonNode dryRun = upload("/api/enterprise-imports/validations", file, 200);
        assertThat(dryRun.get("problems").size()).as(dryRun.toString()).isZero();
        assertThat(dryRun.get("toRegister").asInt()).isEqualTo(3);
        assertThat(dryRun.get("imported").asBoolean()).isFalse();
        assertThat(events(List.of(first, second, third))).as("a validation stores nothing").isZero();

        JsonNode imported = upload("/api/enterprise-imports", file, 200);
        assertThat(imported.get("imported").asBoolean()).isTrue();
        assertThat(events(List.of(first, second, third))).isEqualTo(3);
        assertThat(storedPayload(second)).contains("\"workers\":1250", "\"communeUnitId\":\"" + wardId + "\"",
                "\"importJobId\":\"" + imported.get("importJobId").asString() + "\"", "2020-01-02");

        JsonNode again = upload("/api/enterprise-imports", file, 200);
        assertThat(again.get("toRegister").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(3);
        assertThat(events(List.of(first, second, third))).as("the same file twice adds nothing").isEqualTo(3);

        List<List<Object>> changed = new ArrayList<>(rows);
        changed.set(0, List.of(first, "Công ty TNHH Điện tử Sao Mai", "Lô B2, KCN Sông Công I", wardName,
                "KCN Sông Công I", "Có vốn đầu tư nước ngoài", 1400, "Đang hoạt động", LocalDate.of(2024, 1, 1)));
        JsonNode change = upload("/api/enterprise-imports", xlsx(HEADER, changed, false), 200);
        assertThat(change.get("toChange").asInt()).isEqualTo(1);
        assertThat(change.get("toRegister").asInt()).isZero();
        assertThat(events(List.of(first))).as("a change, never a duplicate").isEqualTo(2);
    }

    @Test
    void every_kind_of_bad_row_is_reported_by_row_column_and_rule_and_nothing_is_stored() throws Exception {
        String good = newTaxCode();
        String repeated = newTaxCode();
        List<List<Object>> rows = List.of(
                row(good, "Công ty TNHH Tốt", "Tư nhân", 10, ""),                                // 2: valid
                row(good.substring(0, 9) + ((good.charAt(9) - '0' + 1) % 10), "Sai số", "Tư nhân", 10, ""), // 3
                row("12345", "Sai dạng", "Tư nhân", 10, ""),                                     // 4
                row(repeated, "Lần một", "Tư nhân", 10, ""),                                     // 5: valid
                row(repeated, "Lần hai", "Tư nhân", 10, ""),                                     // 6
                rowIn(newTaxCode(), "Không có phường", "Phường Không Tồn Tại"),                   // 7
                row(newTaxCode(), "", "Tư nhân", 10, ""),                                        // 8
                row(newTaxCode(), "Loại lạ", "Nhà nước", 10, ""),                                // 9
                row(newTaxCode(), "Chữ", "Tư nhân", "nhiều", ""),                                // 10
                row(newTaxCode(), "Âm", "Tư nhân", -3, ""),                                      // 11
                row(newTaxCode(), "Ngày sai", "Tư nhân", 10, "31/02/2020"),                      // 12
                row(newTaxCode(), "Tương lai", "Tư nhân", 10, "01/01/2999"),                     // 13
                row(newTaxCode(), "Công thức", "Tư nhân", "=5+5", ""),                           // 14
                row(newTaxCode(), "C«ng ty TNHH Hµ Néi", "Tư nhân", 10, ""));                    // 15
        byte[] file = xlsx(HEADER, rows, false);

        JsonNode report = upload("/api/enterprise-imports/validations", file, 200);
        Map<Integer, String> rules = new HashMap<>();
        report.get("problems").forEach(p -> rules.merge(p.get("row").asInt(),
                p.get("column").asString() + ":" + p.get("rule").asString(), (a, b) -> a + "," + b));
        assertThat(rules).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(3, "Mã số thuế:tax-code-check-digit"),
                Map.entry(4, "Mã số thuế:tax-code-format"),
                Map.entry(6, "Mã số thuế:duplicate-in-file"),
                Map.entry(7, "Xã/phường:unknown-commune"),
                Map.entry(8, "Tên doanh nghiệp:required"),
                Map.entry(9, "Loại hình:unknown-value"),
                Map.entry(10, "Số lao động:whole-number"),
                Map.entry(11, "Số lao động:not-negative"),
                Map.entry(12, "Ngày hiệu lực:date-format"),
                Map.entry(13, "Ngày hiệu lực:not-in-future"),
                Map.entry(14, "Số lao động:formula"),
                Map.entry(15, "Tên doanh nghiệp:legacy-encoding")));
        assertThat(report.get("problems").get(0).get("message").asString()).isNotBlank();

        JsonNode refused = upload("/api/enterprise-imports", file, 400);
        assertThat(refused.get("errors").get(0).get("rule").asString()).isEqualTo("import-rows-invalid");
        assertThat(refused.get("report").get("problems").size()).isEqualTo(12);
        assertThat(events(List.of(good, repeated))).as("all or nothing: the valid rows are not stored").isZero();
    }

    @Test
    void files_that_cannot_be_read_faithfully_are_refused_whole() throws Exception {
        byte[] merged = xlsx(HEADER, List.of(row(newTaxCode(), "Một", "Tư nhân", 1, ""),
                row(newTaxCode(), "Hai", "Tư nhân", 1, "")), true);
        assertThat(rule(upload("/api/enterprise-imports/validations", merged, 400))).isEqualTo("merged-cells");

        byte[] legacy = (String.join(",", HEADER) + "\n" + newTaxCode() + ",C«ng ty,§­êng,x,,T­ nh©n,1,,\n")
                .getBytes(Charset.forName("windows-1252"));
        assertThat(rule(upload("/api/enterprise-imports/validations", legacy, 400))).isEqualTo("not-unicode");

        byte[] missing = "Mã số thuế;Tên doanh nghiệp\n0100109106;Một\n".getBytes(StandardCharsets.UTF_8);
        assertThat(rule(upload("/api/enterprise-imports/validations", missing, 400))).isEqualTo("missing-column");
    }

    @Test
    void a_csv_with_semicolons_and_a_byte_order_mark_is_read_like_a_spreadsheet() throws Exception {
        String taxCode = newTaxCode();
        String csv = "\uFEFF" + String.join(";", HEADER) + "\r\n" + taxCode
                + ";\"Công ty TNHH Hòa Bình; chi nhánh\";Số 1;" + wardName + ";;Tư nhân;35;;15/03/2022\r\n";

        JsonNode imported = upload("/api/enterprise-imports", csv.getBytes(StandardCharsets.UTF_8), 200);

        assertThat(imported.get("toRegister").asInt()).as(imported.toString()).isEqualTo(1);
        assertThat(storedPayload(taxCode)).contains("Công ty TNHH Hòa Bình; chi nhánh", "2022-03-15");
    }

    @Test
    void a_confirmed_import_applies_its_rows_in_chunks_stops_at_a_failing_chunk_and_resumes_without_doubling()
            throws Exception {
        List<String> taxCodes = java.util.stream.IntStream.range(0, 7).mapToObj(i -> newTaxCode()).toList();
        List<List<Object>> rows = taxCodes.stream().map(code -> row(code, "Công ty TNHH " + code, "Tư nhân", 10, ""))
                .toList();
        byte[] file = xlsx(HEADER, rows, false);
        // the third chunk (sheet rows 6 and 7; chunks of 2 rows in the tests) fails as a database error would
        String failing = taxCodes.get(4);
        String trigger = "refuse_" + failing;
        jdbc.sql("CREATE FUNCTION command." + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.tax_code = '" + failing + "' THEN RAISE EXCEPTION 'refused by the test'; END IF; "
                + "RETURN NEW; END $$").update();
        jdbc.sql("CREATE TRIGGER " + trigger + " BEFORE INSERT ON command.enterprise FOR EACH ROW EXECUTE FUNCTION "
                + "command." + trigger + "()").update();
        JsonNode stopped;
        try {
            stopped = upload("/api/enterprise-imports", file, 409);
        } finally {
            jdbc.sql("DROP TRIGGER " + trigger + " ON command.enterprise").update();
            jdbc.sql("DROP FUNCTION command." + trigger + "()").update();
        }

        assertThat(rule(stopped)).isEqualTo("import-stopped");
        String jobId = stopped.get("job").get("importJobId").asString();
        JsonNode job = api.get("/api/enterprise-imports/" + jobId).body();
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.get("rowsDone").asInt()).as("the chunks before the failing one stay applied").isEqualTo(4);
        assertThat(job.get("doneThroughRow").asInt()).isEqualTo(5);
        assertThat(job.get("failure").get("fromRow").asInt()).isEqualTo(6);
        assertThat(job.get("failure").get("toRow").asInt()).isEqualTo(7);
        assertThat(job.get("failure").get("message").asString()).contains("6–7");
        assertThat(events(taxCodes)).as("exactly the rows the job says are applied").isEqualTo(4);
        assertThat(events(taxCodes.subList(0, 4))).isEqualTo(4);

        Api.Answer resumed = api.post("/api/enterprise-imports/" + jobId + "/runs", null);
        assertThat(resumed.status()).as(resumed.body().toString()).isEqualTo(200);
        assertThat(resumed.body().get("imported").asBoolean()).isTrue();
        JsonNode done = api.get("/api/enterprise-imports/" + jobId).body();
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("rowsDone").asInt()).isEqualTo(7);
        assertThat(done.get("registered").asInt()).isEqualTo(7);
        assertThat(events(taxCodes)).isEqualTo(7);

        JsonNode again = upload("/api/enterprise-imports", file, 200);
        assertThat(again.get("unchanged").asInt()).isEqualTo(7);
        assertThat(events(taxCodes)).as("the same file again adds nothing").isEqualTo(7);
    }

    @Test
    void an_import_asked_to_answer_at_once_answers_its_job_whose_progress_reaches_every_row() throws Exception {
        List<String> taxCodes = java.util.stream.IntStream.range(0, 5).mapToObj(i -> newTaxCode()).toList();
        byte[] file = xlsx(HEADER, taxCodes.stream().map(code -> row(code, "Công ty " + code, "Tư nhân", 3, ""))
                .toList(), false);

        HttpResponse<String> accepted = send("/api/enterprise-imports?fileName=danh-sach.xlsx", file,
                "Prefer", "respond-async");

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode job = api.get(location).body();
        java.time.Instant giveUp = java.time.Instant.now().plusSeconds(30);
        while (!job.get("status").asString().equals("DONE") && java.time.Instant.now().isBefore(giveUp)) {
            assertThat(job.get("status").asString()).isEqualTo("RUNNING");
            assertThat(job.get("rowsDone").asInt()).isBetween(0, 5);
            Thread.sleep(20); // pacing the polls only
            job = api.get(location).body();
        }
        assertThat(job.get("status").asString()).isEqualTo("DONE");
        assertThat(job.get("fileName").asString()).isEqualTo("danh-sach.xlsx");
        assertThat(job.get("rows").asInt()).isEqualTo(5);
        assertThat(job.get("rowsDone").asInt()).isEqualTo(5);
        assertThat(job.get("registered").asInt()).isEqualTo(5);
        assertThat(events(taxCodes)).isEqualTo(5);
        assertThat(api.get("/api/enterprise-imports/import-0000000000000000").status()).isEqualTo(404);
    }

    @Test
    void a_file_of_more_rows_than_the_limit_is_refused_before_any_row_is_checked() throws Exception {
        StringBuilder csv = new StringBuilder(String.join(",", HEADER)).append('\n');
        csv.append("x\n".repeat(ImportFile.MAX_ROWS + 1));

        JsonNode refused = upload("/api/enterprise-imports/validations", csv.toString()
                .getBytes(StandardCharsets.UTF_8), 400);

        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(rule(refused)).isEqualTo("too-many-rows");
        assertThat(refused.get("errors").get(0).get("message").asString()).contains("200.000");
    }

    @Test
    void the_check_report_downloads_as_a_spreadsheet_with_the_problems_beside_their_rows() throws Exception {
        String good = newTaxCode();
        List<List<Object>> rows = List.of(
                row(good, "Công ty TNHH Tốt", "Tư nhân", 10, ""),
                row("12345", "Sai dạng", "Tư nhân", "nhiều", ""),
                row(newTaxCode(), "Cũng tốt", "Tư nhân", 10, ""));
        JsonNode report = upload("/api/enterprise-imports/validations", xlsx(HEADER, rows, false), 200);

        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/enterprise-imports/" + report.get("importJobId").asString() + "/report"));
        TestAccounts.signIn(get);
        HttpResponse<byte[]> xlsx = HTTP.send(get.build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
        // kept for a look with LibreOffice (soffice --headless --convert-to csv target/enterprise-import-report.xlsx)
        java.nio.file.Files.write(java.nio.file.Path.of("target", "enterprise-import-report.xlsx"), xlsx.body());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Quy tắc vi phạm");
            assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Lỗi");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(good);
            assertThat(sheet.getRow(1).getCell(9)).as("a good row has no error").isNull();
            var bad = sheet.getRow(2);
            assertThat(bad.getCell(0).getStringCellValue()).isEqualTo("12345");
            assertThat(bad.getCell(9).getStringCellValue()).isEqualTo("tax-code-format, whole-number");
            assertThat(bad.getCell(10).getStringCellValue()).startsWith("Mã số thuế: Mã số thuế gồm 10 chữ số")
                    .contains("Số lao động: Số lao động phải là số nguyên.");
            assertThat(bad.getCell(0).getCellStyle().getFillPattern())
                    .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            assertThat(bad.getCell(6).getCellStyle().getFillPattern())
                    .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            assertThat(bad.getCell(1).getCellStyle().getFillPattern())
                    .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.NO_FILL);
            assertThat(sheet.getRow(3).getCell(9)).isNull();
        }
    }

    private HttpResponse<String> send(String path, byte[] file, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        TestAccounts.signIn(request);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<Object> row(String taxCode, String name, String ownership, Object workers, String date) {
        return List.of(taxCode, name, "Số 1 đường Cách Mạng Tháng Mười", wardName, "", ownership, workers, "", date);
    }

    private List<Object> rowIn(String taxCode, String name, String commune) {
        return List.of(taxCode, name, "Số 1", commune, "", "Tư nhân", 10, "", "");
    }

    private Api.Answer register(String taxCode) {
        return api.post("/api/enterprises", Map.of("taxCode", taxCode, "name", "Công ty TNHH Thử Nghiệm",
                "address", "Số 1", "communeUnitId", wardId, "ownership", "PRIVATE", "workers", 20,
                "effectiveOn", "2020-01-01"));
    }

    @Test
    void a_list_of_party_organizations_is_recorded_once_and_a_re_affiliation_records_a_change() throws Exception {
        String first = newTaxCode();
        String second = newTaxCode();
        String notRegistered = newTaxCode();
        upload("/api/enterprise-imports", xlsx(HEADER, List.of(
                List.of(first, "Công ty TNHH Điện tử Sao Mai", "Lô B2", wardId, "", "Tư nhân", 400, "", "02/01/2018"),
                List.of(second, "Công ty CP May Sông Công", "Số 5", wardId, "", "Tư nhân", 90, "", "02/01/2018")),
                false), 200);
        String blocName = "Đảng ủy Khối Doanh nghiệp " + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String blocId = api.unit(blocName, "PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES");
        List<String> header = List.of("Mã số thuế", "Tên tổ chức đảng", "Loại tổ chức đảng",
                "Cấp ủy cấp trên trực tiếp", "Đảng viên chính thức", "Đảng viên dự bị", "Ngày thành lập");
        List<List<Object>> rows = List.of(
                List.of(first, "Đảng bộ Công ty TNHH Điện tử Sao Mai", "Đảng bộ cơ sở", blocName, 31, 2, "19/05/2019"),
                List.of(second, "Chi bộ Công ty CP May Sông Công", "Chi bộ trực thuộc", wardId, 4, 0, "03/02/2020"));

        JsonNode refused = upload("/api/enterprise-imports", xlsx(header, List.of(rows.get(0),
                List.of(notRegistered, "Chi bộ", "Chi bộ cơ sở", "Đảng ủy không có", "ba", 0, "01/01/2020")),
                false), 400);
        assertThat(refused.get("report").get("problems")).extracting(p -> p.get("row").asInt() + "|"
                + p.get("field").asString() + "|" + p.get("rule").asString()).containsExactlyInAnyOrder(
                "3|taxCode|enterprise-not-registered", "3|superiorCommitteeUnitId|unknown-superior-committee",
                "3|officialMembers|whole-number");
        assertThat(organizations(List.of(first, second))).as("nothing stored, not even the good row").isZero();

        JsonNode imported = upload("/api/enterprise-imports", xlsx(header, rows, false), 200);
        assertThat(imported.get("toRegister").asInt()).as(imported.toString()).isEqualTo(2);
        assertThat(organizations(List.of(first, second))).isEqualTo(2);
        assertThat(organizationPayload(first)).contains("\"kind\":\"GRASSROOTS_COMMITTEE\"",
                "\"superiorCommitteeUnitId\":\"" + blocId + "\"", "\"officialMembers\":31",
                "\"sourceReference\":\"" + imported.get("importJobId").asString() + "\"", "2019-05-19");

        JsonNode again = upload("/api/enterprise-imports", xlsx(header, rows, false), 200);
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(organizationEvents(List.of(first, second))).as("the same list twice adds nothing").isEqualTo(2);

        JsonNode reaffiliated = upload("/api/enterprise-imports", xlsx(List.of("Mã số thuế", "Tên tổ chức đảng",
                "Loại tổ chức đảng", "Cấp ủy cấp trên trực tiếp", "Đảng viên chính thức", "Đảng viên dự bị",
                "Ngày thành lập", "Ngày hiệu lực"), List.of(List.of(second, "Chi bộ Công ty CP May Sông Công",
                "Chi bộ cơ sở", blocId, 4, 0, "03/02/2020", "01/03/2024")), false), 200);
        assertThat(reaffiliated.get("toChange").asInt()).isEqualTo(1);
        assertThat(organizationEvents(List.of(first, second))).as("a change, never a second organization")
                .isEqualTo(3);
        assertThat(organizationPayload(second)).contains("\"kind\":\"GRASSROOTS_CELL\"",
                "\"superiorCommitteeUnitId\":\"" + blocId + "\"", "2024-03-01");
    }

    /** Party organizations recorded for the enterprises. */
    private long organizations(List<String> taxCodes) {
        return jdbc.sql("""
                        SELECT count(*) FROM command.party_organization_enterprise
                         WHERE enterprise_tax_code = ANY (:taxCodes)""")
                .param("taxCodes", taxCodes.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    private long organizationEvents(List<String> taxCodes) {
        return jdbc.sql("""
                        SELECT count(*) FROM events.domain_event_entry e
                          JOIN command.party_organization_enterprise o ON o.party_organization_id = e.aggregate_identifier
                         WHERE o.enterprise_tax_code = ANY (:taxCodes)""")
                .param("taxCodes", taxCodes.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    private String organizationPayload(String taxCode) {
        return jdbc.sql("""
                        SELECT convert_from(e.payload, 'UTF8') FROM events.domain_event_entry e
                          JOIN command.party_organization_enterprise o ON o.party_organization_id = e.aggregate_identifier
                         WHERE o.enterprise_tax_code = :taxCode ORDER BY e.sequence_number DESC LIMIT 1""")
                .param("taxCode", taxCode)
                .query(String.class)
                .single();
    }

    private JsonNode upload(String path, byte[] file, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file));
        TestAccounts.signIn(request);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return Api.JSON.readTree(response.body());
    }

    private static String rule(JsonNode problem) {
        return problem.get("errors").get(0).get("rule").asString();
    }

    private long events(List<String> taxCodes) {
        return jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = ANY (:ids)")
                .param("ids", taxCodes.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    private String storedPayload(String taxCode) {
        return jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM events.domain_event_entry
                         WHERE aggregate_identifier = :id ORDER BY sequence_number DESC LIMIT 1""")
                .param("id", taxCode)
                .query(String.class)
                .single();
    }

    /**
     * The lists of socio-political organizations and of cessations: the same job, report and rules as
     * the enterprise list, each row about an enterprise already in the registry.
     */
    @Nested
    class SocioPoliticalOrganizationsAndCessations {

        private final List<String> organizationHeader = List.of("Mã số thuế", "Tên doanh nghiệp",
                "Tổ chức chính trị - xã hội", "Số thành viên", "Ngày thành lập", "Ngày hiệu lực");
        private final List<String> cessationHeader = List.of("Mã số thuế", "Ngày chấm dứt hoạt động",
                "Lý do chấm dứt");

        @Test
        void a_list_of_unions_and_branches_founds_each_once_and_a_changed_count_records_a_members_change()
                throws Exception {
            String first = registered("02/01/2018");
            String second = registered("02/01/2018");
            List<List<Object>> rows = List.of(
                    List.of(first, "Công ty Một", "Công đoàn cơ sở", 300, "01/03/2019", ""),
                    List.of(first, "Công ty Một", "Chi đoàn", 40, LocalDate.of(2019, 3, 26), ""),
                    List.of(second, "Công ty Hai", "Chi hội phụ nữ", "1.025", "08/03/2020", ""),
                    List.of(second, "Công ty Hai", "Hội Cựu chiến binh", 6, "06/12/2020", ""));
            // the header as a word processor writes it: an en dash between the words
            byte[] file = xlsx(List.of("Mã số thuế", "Tên doanh nghiệp", "Tổ chức chính trị – xã hội",
                    "Số thành viên", "Ngày thành lập", "Ngày hiệu lực"), rows, false);

            JsonNode checked = upload("/api/enterprise-imports/validations", file, 200);
            assertThat(checked.get("problems").size()).as(checked.toString()).isZero();
            assertThat(checked.get("toRegister").asInt()).isEqualTo(4);
            assertThat(events(List.of(first, second))).as("a check stores nothing").isEqualTo(2);

            JsonNode imported = upload("/api/enterprise-imports", file, 200);
            assertThat(imported.get("toRegister").asInt()).isEqualTo(4);
            assertThat(events(List.of(first, second))).isEqualTo(6);
            assertThat(storedPayload(second)).contains("\"kind\":\"VETERANS_ASSOCIATION\"", "\"members\":6",
                    "2020-12-06");
            assertThat(storedMetadata(second)).as("the job rides on the event for the audit trail")
                    .contains("\"importJobId\":\"" + imported.get("importJobId").asString() + "\"");

            JsonNode again = upload("/api/enterprise-imports", file, 200);
            assertThat(again.get("unchanged").asInt()).isEqualTo(4);
            assertThat(events(List.of(first, second))).as("the same list twice adds nothing").isEqualTo(6);

            JsonNode changed = upload("/api/enterprise-imports", xlsx(organizationHeader, List.of(
                    List.of(first, "Công ty Một", "TRADE_UNION", 320, "01/03/2019", "01/06/2024"),
                    rows.get(1)), false), 200);
            assertThat(changed.get("toChange").asInt()).as(changed.toString()).isEqualTo(1);
            assertThat(changed.get("unchanged").asInt()).isEqualTo(1);
            assertThat(events(List.of(first, second))).as("a change, never a second union").isEqualTo(7);
            assertThat(storedPayload(first)).contains("\"members\":320", "\"kind\":\"TRADE_UNION\"", "2024-06-01");
            assertThat(storedType(first)).endsWith("SocioPoliticalOrganizationMembersChanged");
        }

        @Test
        void a_list_of_cessations_records_each_once_and_a_second_day_for_a_ceased_enterprise_is_refused()
                throws Exception {
            String ceasing = registered("02/01/2018");
            String operating = registered("02/01/2018");
            byte[] file = xlsx(cessationHeader, List.of(List.of(ceasing, "01/02/2024", "Giải thể")), false);

            assertThat(upload("/api/enterprise-imports/validations", file, 200).get("toChange").asInt()).isEqualTo(1);
            assertThat(events(List.of(ceasing))).as("a check stores nothing").isEqualTo(1);
            JsonNode imported = upload("/api/enterprise-imports", file, 200);
            assertThat(imported.get("toChange").asInt()).isEqualTo(1);
            assertThat(storedType(ceasing)).endsWith("EnterpriseCeased");
            assertThat(storedPayload(ceasing)).contains("\"reason\":\"Giải thể\"", "2024-02-01");
            assertThat(upload("/api/enterprise-imports", file, 200).get("unchanged").asInt())
                    .as("imported twice: nothing new").isEqualTo(1);
            assertThat(events(List.of(ceasing, operating))).isEqualTo(3);

            JsonNode otherDay = upload("/api/enterprise-imports/validations", xlsx(cessationHeader,
                    List.of(List.of(ceasing, "01/03/2024", "Giải thể")), false), 200);
            assertThat(otherDay.get("problems")).extracting(p -> p.get("field").asString() + "|"
                    + p.get("rule").asString()).containsExactly("ceasedOn|enterprise-ceased");
            assertThat(otherDay.get("problems").get(0).get("message").asString()).contains("01/02/2024");
        }

        @Test
        void every_kind_of_bad_row_of_an_organization_list_is_reported_by_row_column_and_rule_and_nothing_is_stored()
                throws Exception {
            String good = registered("02/01/2018");
            String other = registered("02/01/2018");
            String third = registered("02/01/2018");
            String ceased = registered("02/01/2018");
            api.post("/api/enterprises/" + ceased + "/cessation", Map.of("reason", "Phá sản",
                    "effectiveOn", "2023-01-01"));
            List<List<Object>> rows = List.of(
                    List.of(good, "Tốt", "Công đoàn cơ sở", 30, "01/03/2019", ""),                     // 2: valid
                    List.of(good.substring(0, 9) + ((good.charAt(9) - '0' + 1) % 10), "", "Chi đoàn", 5,
                            "01/03/2019", ""),                                                           // 3
                    List.of(newTaxCode(), "", "Chi đoàn", 5, "01/03/2019", ""),                          // 4
                    List.of(other, "", "Hội nông dân", 5, "01/03/2019", ""),                             // 5
                    List.of(other, "", "Chi đoàn", "nhiều", "01/03/2019", ""),                           // 6
                    List.of(other, "", "Chi hội phụ nữ", -1, "01/03/2019", ""),                          // 7
                    List.of(other, "", "Hội Cựu chiến binh", 5, "31/02/2020", ""),                       // 8
                    List.of(ceased, "", "Chi đoàn", 5, "01/01/2999", ""),                               // 9
                    List.of(good, "", "TRADE_UNION", 31, "01/03/2019", ""),                              // 10
                    List.of(ceased, "", "Công đoàn", 5, "01/03/2019", ""),                               // 11
                    List.of(third, "", "Chi đoàn", 5, "01/03/2010", ""),                                 // 12
                    List.of(third, "", "", 5, "01/03/2019", ""),                                         // 13
                    List.of(third, "", "Chi hội phụ nữ", "=2+3", "01/03/2019", ""),                      // 14
                    List.of(third, "", "Chi hội cựu chiến binh", 5, "", "ngày mai"));                    // 15
            byte[] file = xlsx(organizationHeader, rows, false);

            JsonNode report = upload("/api/enterprise-imports/validations", file, 200);
            assertThat(rulesByRow(report)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry(3, "Mã số thuế:tax-code-check-digit"),
                    Map.entry(4, "Mã số thuế:enterprise-not-registered"),
                    Map.entry(5, "Tổ chức chính trị - xã hội:unknown-value"),
                    Map.entry(6, "Số thành viên:whole-number"),
                    Map.entry(7, "Số thành viên:not-negative"),
                    Map.entry(8, "Ngày thành lập:date-format"),
                    Map.entry(9, "Ngày thành lập:not-in-future,Mã số thuế:enterprise-ceased"),
                    Map.entry(10, "Tổ chức chính trị - xã hội:duplicate-in-file"),
                    Map.entry(11, "Mã số thuế:enterprise-ceased"),
                    Map.entry(12, "Ngày thành lập:not-before-last-change"),
                    Map.entry(13, "Tổ chức chính trị - xã hội:required"),
                    Map.entry(14, "Số thành viên:formula"),
                    Map.entry(15, "Ngày thành lập:required,Ngày hiệu lực:date-format")));
            assertThat(report.get("problems").findValues("message")).allSatisfy(m -> assertThat(m.asString())
                    .isNotBlank());

            JsonNode refused = upload("/api/enterprise-imports", file, 400);
            assertThat(refused.get("errors").get(0).get("rule").asString()).isEqualTo("import-rows-invalid");
            assertThat(events(List.of(good, ceased))).as("nothing stored, not even the good row").isEqualTo(3);
            assertThat(reportRules(report.get("importJobId").asString(), 9))
                    .as("the downloadable report names the rules beside the row")
                    .isEqualTo("not-in-future, enterprise-ceased");
        }

        @Test
        void every_kind_of_bad_row_of_a_cessation_list_is_reported_by_row_column_and_rule_and_nothing_is_stored()
                throws Exception {
            String good = registered("02/01/2018");
            String ceased = registered("02/01/2018");
            String changedLater = registered("02/01/2018");
            api.post("/api/enterprises/" + ceased + "/cessation", Map.of("reason", "Phá sản",
                    "effectiveOn", "2023-01-01"));
            List<List<Object>> rows = List.of(
                    List.of(good, "01/02/2024", "Giải thể"),                 // 2: valid
                    List.of("0100-1", "01/02/2024", "Giải thể"),             // 3
                    List.of(newTaxCode(), "01/02/2024", "Giải thể"),         // 4
                    List.of(changedLater, "hôm qua", "Giải thể"),            // 5
                    List.of(changedLater, "01/01/2999", "Sáp nhập"),         // 6
                    List.of(ceased, "01/02/2024", "Phá sản"),                // 7
                    List.of(newTaxCode(), "01/02/2024", ""),                 // 8
                    List.of(good, "01/02/2017", "Giải thể"),                 // 9
                    List.of(changedLater, "", "=1"));                        // 10
            byte[] file = xlsx(cessationHeader, rows, false);

            JsonNode report = upload("/api/enterprise-imports/validations", file, 200);
            assertThat(rulesByRow(report)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry(3, "Mã số thuế:tax-code-format"),
                    Map.entry(4, "Mã số thuế:enterprise-not-registered"),
                    Map.entry(5, "Ngày chấm dứt hoạt động:date-format"),
                    Map.entry(6, "Ngày chấm dứt hoạt động:not-in-future,Mã số thuế:duplicate-in-file"),
                    Map.entry(7, "Ngày chấm dứt hoạt động:enterprise-ceased"),
                    Map.entry(8, "Lý do chấm dứt:required,Mã số thuế:enterprise-not-registered"),
                    Map.entry(9, "Mã số thuế:duplicate-in-file"),
                    Map.entry(10, "Lý do chấm dứt:formula,Ngày chấm dứt hoạt động:required,"
                            + "Mã số thuế:duplicate-in-file")));

            upload("/api/enterprise-imports", file, 400);
            assertThat(events(List.of(good, ceased, changedLater))).as("nothing stored").isEqualTo(4);
            JsonNode beforeRegistration = upload("/api/enterprise-imports/validations", xlsx(cessationHeader,
                    List.of(List.of(good, "01/02/2017", "Giải thể")), false), 200);
            assertThat(rulesByRow(beforeRegistration)).containsExactly(
                    Map.entry(2, "Ngày chấm dứt hoạt động:not-before-last-change"));
        }

        /** An enterprise registered by an imported list, effective on the day; its tax code. */
        private final List<String> dissolutionHeader = List.of("Mã số thuế", "Tổ chức chính trị - xã hội",
                "Ngày giải thể", "Lý do giải thể");

        private void founded(String taxCode, String kind, String on) {
            assertThat(api.post("/api/enterprises/" + taxCode + "/socio-political-organizations", Map.of("kind", kind,
                    "members", 30, "effectiveOn", on)).status()).isBetween(200, 201);
        }

        @Test
        void a_list_of_dissolutions_dissolves_each_once_and_a_list_imported_again_adds_nothing() throws Exception {
            String first = registered("02/01/2018");
            founded(first, "TRADE_UNION", "2019-03-01");
            founded(first, "YOUTH_UNION", "2019-03-26");
            byte[] file = xlsx(dissolutionHeader, List.of(
                    List.of(first, "Công đoàn cơ sở", "01/06/2024", "Doanh nghiệp thu hẹp sản xuất"),
                    List.of(first, "Chi đoàn", LocalDate.of(2024, 7, 1), "Sáp nhập vào đoàn cơ sở khu công nghiệp")),
                    false);

            JsonNode checked = upload("/api/enterprise-imports/validations", file, 200);
            assertThat(checked.get("problems").size()).as(checked.toString()).isZero();
            assertThat(checked.get("toChange").asInt()).isEqualTo(2);
            assertThat(events(List.of(first))).as("a check stores nothing").isEqualTo(3);

            JsonNode imported = upload("/api/enterprise-imports", file, 200);
            assertThat(imported.get("toChange").asInt()).isEqualTo(2);
            assertThat(events(List.of(first))).isEqualTo(5);
            assertThat(storedType(first)).endsWith("SocioPoliticalOrganizationDissolved");
            assertThat(storedPayload(first)).contains("\"kind\":\"YOUTH_UNION\"", "2024-07-01",
                    "Sáp nhập vào đoàn cơ sở khu công nghiệp");
            assertThat(storedMetadata(first)).contains("\"importJobId\":\"" + imported.get("importJobId").asString()
                    + "\"");

            JsonNode again = upload("/api/enterprise-imports", file, 200);
            assertThat(again.get("unchanged").asInt()).as("dissolved on those days already").isEqualTo(2);
            assertThat(events(List.of(first))).as("the same list twice adds nothing").isEqualTo(5);
        }

        @Test
        void every_kind_of_bad_row_of_a_dissolution_list_is_reported_by_row_column_and_rule_and_nothing_is_stored()
                throws Exception {
            String good = registered("02/01/2018");
            String ceased = registered("02/01/2018");
            founded(good, "TRADE_UNION", "2019-03-01");
            founded(good, "WOMENS_UNION", "2020-03-08");
            founded(ceased, "TRADE_UNION", "2019-03-01");
            api.post("/api/enterprises/" + ceased + "/cessation", Map.of("reason", "Phá sản",
                    "effectiveOn", "2023-01-01"));
            List<List<Object>> rows = List.of(
                    List.of(good, "Công đoàn cơ sở", "01/06/2024", "Giải thể"),          // 2: valid
                    List.of(good, "Chi đoàn", "01/06/2024", "Giải thể"),                 // 3
                    List.of(good, "Hội nông dân", "01/06/2024", "Giải thể"),             // 4
                    List.of(good, "TRADE_UNION", "02/06/2024", "Giải thể"),              // 5
                    List.of(good, "Chi hội phụ nữ", "01/03/2020", "Giải thể"),           // 6
                    List.of(newTaxCode(), "Công đoàn", "01/06/2024", "Giải thể"),        // 7
                    List.of(ceased, "Công đoàn", "01/06/2024", "Giải thể"),              // 8
                    List.of(good, "Chi hội cựu chiến binh", "ngày mai", ""));            // 9
            byte[] file = xlsx(dissolutionHeader, rows, false);

            JsonNode report = upload("/api/enterprise-imports/validations", file, 200);
            assertThat(rulesByRow(report)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry(3, "Tổ chức chính trị - xã hội:organization-kind-absent"),
                    Map.entry(4, "Tổ chức chính trị - xã hội:unknown-value"),
                    Map.entry(5, "Tổ chức chính trị - xã hội:duplicate-in-file"),
                    Map.entry(6, "Ngày giải thể:not-before-last-change"),
                    Map.entry(7, "Mã số thuế:enterprise-not-registered"),
                    Map.entry(8, "Mã số thuế:enterprise-ceased"),
                    Map.entry(9, "Ngày giải thể:date-format,Lý do giải thể:required")));

            JsonNode refused = upload("/api/enterprise-imports", file, 400);
            assertThat(refused.get("errors").get(0).get("rule").asString()).isEqualTo("import-rows-invalid");
            assertThat(events(List.of(good))).as("nothing stored, not even the good row").isEqualTo(3);
        }

        private String registered(String on) throws Exception {
            String taxCode = newTaxCode();
            upload("/api/enterprise-imports", xlsx(HEADER, List.of(List.of(taxCode, "Công ty TNHH Đoàn Thể",
                    "Số 1", wardId, "", "Tư nhân", 100, "", on)), false), 200);
            return taxCode;
        }

        private String reportRules(String jobId, int row) throws Exception {
            HttpRequest.Builder get = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/enterprise-imports/" + jobId + "/report"));
            TestAccounts.signIn(get);
            HttpResponse<byte[]> xlsx = HTTP.send(get.build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(xlsx.statusCode()).isEqualTo(200);
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                    xlsx.body()))) {
                var sheet = workbook.getSheetAt(0);
                assertThat(sheet.getRow(0).getCell(organizationHeader.size()).getStringCellValue())
                        .isEqualTo("Quy tắc vi phạm");
                return sheet.getRow(row - 1).getCell(organizationHeader.size()).getStringCellValue();
            }
        }
    }

    /**
     * The list of Party members: the person goes to the protected personal-data store only, the roster's
     * events name them by its reference; the roster is compared with the organizations' recorded counts.
     */
    @Nested
    class PartyMembers {

        private final List<String> header = List.of("Họ và tên", "Ngày sinh", "Số thẻ đảng viên",
                "Số căn cước công dân", "Mã số thuế", "Nơi sinh hoạt đảng", "Trạng thái đảng viên", "Ngày kết nạp",
                "Ngày công nhận chính thức", "Đối tượng");

        @Test
        void every_kind_of_bad_row_is_reported_then_a_good_list_is_recorded_once_pseudonymously_and_a_change_is_a_change()
                throws Exception {
            String withCell = registered();
            String withoutCell = registered();
            upload("/api/enterprise-imports", xlsx(List.of("Mã số thuế", "Tên tổ chức đảng", "Loại tổ chức đảng",
                    "Cấp ủy cấp trên trực tiếp", "Đảng viên chính thức", "Đảng viên dự bị", "Ngày thành lập"),
                    List.of(List.of(withCell, "Chi bộ Công ty Đoàn Thể", "Chi bộ cơ sở", wardId, 2, 1,
                            "02/01/2019")), false), 200);
            String[] cards = {card(), card(), card(), card()};
            String[] ids = {citizenId(), citizenId(), citizenId(), citizenId()};
            String[] names = {"Nguyễn Thị Hồng Nhung " + suffix(), "Trần Văn Khải " + suffix(),
                    "Lê Minh Đức " + suffix(), "Phạm Thu Hà " + suffix()};

            List<List<Object>> bad = List.of(
                    member(names[3], "02/03/1985", cards[3], ids[3], withCell, "", "Chính thức", "19/05/2015",
                            "19/05/2016", ""),                                                          // 2: valid
                    member("Hoàng Văn Sáu", "02/03/1985", "12AB", citizenId(), withCell, "", "Chính thức",
                            "19/05/2015", "19/05/2016", ""),                                            // 3
                    member("Hoàng Văn Bảy", "02/03/1985", card(), "12345", withCell, "", "Chính thức",
                            "19/05/2015", "19/05/2016", ""),                                            // 4
                    member("Hoàng Văn Tám", "02/03/1985", card(), citizenId(), newTaxCode(), "", "Dự bị",
                            "10/01/2025", "", ""),                                                      // 5
                    member("Hoàng Văn Chín", "02/03/1985", card(), citizenId(), withoutCell, "", "Dự bị",
                            "10/01/2025", "", ""),                                                      // 6
                    member("Hoàng Văn Mười", "02/03/1985", card(), citizenId(), withCell, "Đảng ủy không có",
                            "Dự bị", "10/01/2025", "", ""),                                             // 7
                    member("Vũ Thị Một", "02/03/1985", card(), citizenId(), withCell, "", "Chính thức",
                            "01/03/2020", "01/09/2020", ""),                                            // 8
                    member("Vũ Thị Hai", "02/03/1985", card(), ids[3], withCell, "", "Chính thức",
                            "19/05/2015", "19/05/2016", ""),                                            // 9
                    member("Vũ Thị Ba", "02/03/1985", card(), citizenId(), withCell, "", "Không rõ",
                            "19/05/2015", "", ""),                                                      // 10
                    member("Vũ Thị Bốn", "02/03/1985", card(), citizenId(), withCell, "", "Chính thức",
                            "19/05/2015", "", ""),                                                      // 11
                    member("Vũ Thị Năm", "01/01/2000", card(), citizenId(), withCell, "", "Dự bị",
                            "01/01/2016", "", ""),                                                      // 12
                    member("Trần Văn 3", "31/02/1990", card(), citizenId(), withCell, "", "Dự bị",
                            "01/01/2025", "", "Thợ"),                                                   // 13
                    member("TrÇn V¨n Hïng", "02/03/1985", card(), citizenId(), withCell, "", "Dự bị",
                            "10/01/2025", "", ""),                                                      // 14
                    member("Vũ Thị Sáu", "=DATE(1985,1,1)", card(), citizenId(), withCell, "", "Dự bị",
                            "10/01/2025", "", ""));                                                     // 15
            JsonNode report = upload("/api/enterprise-imports/validations", xlsx(header, bad, false), 200);
            assertThat(rulesByRow(report)).as(report.toString()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry(3, "Số thẻ đảng viên:party-card-number-format"),
                    Map.entry(4, "Số căn cước công dân:citizen-id-format"),
                    Map.entry(5, "Mã số thuế:enterprise-not-registered"),
                    Map.entry(6, "Nơi sinh hoạt đảng:no-party-organization"),
                    Map.entry(7, "Nơi sinh hoạt đảng:unknown-party-organization"),
                    Map.entry(8, "Ngày công nhận chính thức:probation-twelve-months"),
                    Map.entry(9, "Số căn cước công dân:duplicate-in-file"),
                    Map.entry(10, "Trạng thái đảng viên:unknown-value"),
                    Map.entry(11, "Ngày công nhận chính thức:required"),
                    Map.entry(12, "Ngày kết nạp:admitted-under-eighteen"),
                    Map.entry(13, "Họ và tên:member-name-format,Ngày sinh:date-format,Đối tượng:unknown-value"),
                    Map.entry(14, "Họ và tên:legacy-encoding"),
                    Map.entry(15, "Ngày sinh:formula")));
            assertThat(report.toString()).as("no personal value in the report's messages")
                    .doesNotContain(ids[3], cards[3], names[3]);
            upload("/api/enterprise-imports", xlsx(header, bad, false), 400);
            assertThat(personalData(ids)).as("nothing stored, not even the valid row").isZero();

            List<List<Object>> good = List.of(
                    member(names[0], "02/03/1985", cards[0], ids[0], withCell, "", "Chính thức", "19/05/2015",
                            "19/05/2016", "Công nhân trực tiếp sản xuất"),
                    member(names[1], LocalDate.of(1990, 7, 1), cards[1], ids[1], withCell, "Tại doanh nghiệp",
                            "Dự bị", "10/01/2024", "", "Cán bộ quản lý"),
                    member(names[2], "15/08/1979", cards[2], ids[2], withCell, wardId, "Chính thức", "01/02/2010",
                            "01/02/2011", "Chủ doanh nghiệp"));
            byte[] file = xlsx(header, good, false);
            JsonNode checked = upload("/api/enterprise-imports/validations", file, 200);
            assertThat(checked.get("problems").size()).as(checked.toString()).isZero();
            JsonNode reconciliation = checked.get("reconciliation").get(0);
            assertThat(reconciliation.get("enterpriseTaxCode").asString()).isEqualTo(withCell);
            assertThat(List.of(reconciliation.get("rosterOfficial").asInt(),
                    reconciliation.get("rosterProbationary").asInt(), reconciliation.get("recordedOfficial").asInt(),
                    reconciliation.get("recordedProbationary").asInt())).as("the member at residence is not the cell's")
                    .containsExactly(1, 1, 2, 1);
            assertThat(reconciliation.get("agrees").asBoolean()).isFalse();
            assertThat(reconciliation.get("message").asString()).contains("1 chính thức, 1 dự bị",
                    "2 chính thức, 1 dự bị");
            assertThat(personalData(ids)).as("a check stores nothing").isZero();
            HttpRequest.Builder get = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/enterprise-imports/" + checked.get("importJobId").asString() + "/report"));
            TestAccounts.signIn(get);
            byte[] workbook = HTTP.send(get.build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            try (var xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
                var sheet = xlsx.getSheet("Đối chiếu số đảng viên");
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(withCell);
                assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1);
                assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(2);
                assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Không");
            }

            JsonNode imported = upload("/api/enterprise-imports", file, 200);
            assertThat(imported.get("toRegister").asInt()).isEqualTo(3);
            assertThat(personalData(ids)).isEqualTo(3);
            List<String> refs = refs(ids);
            assertThat(rosterEvents(refs)).isEqualTo(3);
            String payloads = String.join("\n", rosterPayloads(refs));
            assertThat(payloads).contains("\"residenceCommitteeUnitId\":\"" + wardId + "\"", "\"category\":\"OWNER\"",
                    "\"status\":\"PROBATIONARY\"", "\"importJobId\":\"" + imported.get("importJobId").asString());
            assertThat(eventsHolding(List.of(names[0], names[1], names[2], cards[0], cards[1], cards[2], ids[0],
                    ids[1], ids[2]))).as("no event's payload or metadata holds a name, card or citizen ID").isZero();

            JsonNode again = upload("/api/enterprise-imports", file, 200);
            assertThat(again.get("unchanged").asInt()).isEqualTo(3);
            assertThat(rosterEvents(refs)).as("the same list twice adds nothing").isEqualTo(3);

            JsonNode changed = upload("/api/enterprise-imports", xlsx(header, List.of(member(names[1],
                    LocalDate.of(1990, 7, 1), cards[1], ids[1], withCell, "", "Chính thức", "10/01/2024",
                    "15/01/2025", "Cán bộ quản lý")), false), 200);
            assertThat(changed.get("toChange").asInt()).as(changed.toString()).isEqualTo(1);
            assertThat(rosterEvents(refs)).as("a change, never a second member").isEqualTo(4);
            assertThat(personalData(ids)).isEqualTo(3);
            assertThat(refs(ids)).as("the person keeps the reference").isEqualTo(refs);

            // the name corrected: the store follows it, the roster has nothing to say
            String corrected = names[2].replace("Lê Minh", "Lê Văn Minh");
            JsonNode renamed = upload("/api/enterprise-imports", xlsx(header, List.of(member(corrected, "15/08/1979",
                    cards[2], ids[2], withCell, wardId, "Chính thức", "01/02/2010", "01/02/2011",
                    "Chủ doanh nghiệp")), false), 200);
            assertThat(renamed.get("toChange").asInt()).isEqualTo(1);
            assertThat(rosterEvents(refs)).isEqualTo(4);
            assertThat(jdbc.sql("SELECT full_name FROM command.member_personal_data WHERE citizen_id = :id")
                    .param("id", ids[2]).query(String.class).single()).isEqualTo(corrected);
            // a known citizen ID with another card number: one of them is mistyped
            JsonNode mismatch = upload("/api/enterprise-imports/validations", xlsx(header, List.of(member(names[0],
                    "02/03/1985", card(), ids[0], withCell, "", "Chính thức", "19/05/2015", "19/05/2016", "")),
                    false), 200);
            assertThat(rulesByRow(mismatch)).containsExactly(Map.entry(2, "Số thẻ đảng viên:member-identity-mismatch"));
        }

        private List<Object> member(String name, Object born, String card, String citizenId, String taxCode,
                                    String registeredAt, String status, String admitted, String recognized,
                                    String category) {
            return java.util.Arrays.asList(name, born, card, citizenId, taxCode, registeredAt, status, admitted,
                    recognized, category);
        }

        private String registered() throws Exception {
            String taxCode = newTaxCode();
            upload("/api/enterprise-imports", xlsx(HEADER, List.of(List.of(taxCode, "Công ty TNHH Đoàn Thể",
                    "Số 1", wardId, "", "Tư nhân", 100, "", "02/01/2018")), false), 200);
            return taxCode;
        }

        private static String suffix() {
            String letters = "ABCDEGHKLMNPQRSTUVXY";
            StringBuilder suffix = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                suffix.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
            }
            return suffix.toString();
        }

        private static String card() {
            return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
        }

        private static String citizenId() {
            return "0" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L);
        }

        private long personalData(String[] citizenIds) {
            return jdbc.sql("SELECT count(*) FROM command.member_personal_data WHERE citizen_id = ANY (:ids)")
                    .param("ids", citizenIds).query(Long.class).single();
        }

        private List<String> refs(String[] citizenIds) {
            return jdbc.sql("""
                            SELECT member_ref::text FROM command.member_personal_data
                             WHERE citizen_id = ANY (:ids) ORDER BY member_ref""")
                    .param("ids", citizenIds).query(String.class).list();
        }

        private long rosterEvents(List<String> refs) {
            return events(refs.stream().map(ref -> "party-member:" + ref).toList());
        }

        private List<String> rosterPayloads(List<String> refs) {
            return jdbc.sql("""
                            SELECT convert_from(payload, 'UTF8') FROM events.domain_event_entry
                             WHERE aggregate_identifier = ANY (:ids)""")
                    .param("ids", refs.stream().map(ref -> "party-member:" + ref).toArray(String[]::new))
                    .query(String.class).list();
        }

        private long eventsHolding(List<String> values) {
            return jdbc.sql("""
                            SELECT count(*) FROM events.domain_event_entry e, unnest(:values) v
                             WHERE position(v IN convert_from(e.payload, 'UTF8')) > 0
                                OR position(v IN convert_from(e.meta_data, 'UTF8')) > 0""")
                    .param("values", values.toArray(String[]::new)).query(Long.class).single();
        }
    }

    /** Each row's problems as "column:rule", joined in the report's order. */
    private static Map<Integer, String> rulesByRow(JsonNode report) {
        Map<Integer, String> rules = new HashMap<>();
        report.get("problems").forEach(p -> rules.merge(p.get("row").asInt(),
                p.get("column").asString() + ":" + p.get("rule").asString(), (a, b) -> a + "," + b));
        return rules;
    }

    private String storedType(String taxCode) {
        return jdbc.sql("""
                        SELECT payload_type FROM events.domain_event_entry
                         WHERE aggregate_identifier = :id ORDER BY sequence_number DESC LIMIT 1""")
                .param("id", taxCode)
                .query(String.class)
                .single();
    }

    private String storedMetadata(String taxCode) {
        return jdbc.sql("""
                        SELECT convert_from(meta_data, 'UTF8') FROM events.domain_event_entry
                         WHERE aggregate_identifier = :id ORDER BY sequence_number DESC LIMIT 1""")
                .param("id", taxCode)
                .query(String.class)
                .single();
    }
}
