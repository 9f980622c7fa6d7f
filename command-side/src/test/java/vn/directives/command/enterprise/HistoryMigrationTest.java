package vn.directives.command.enterprise;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.directives.command.infrastructure.CommandSideTest;
import vn.directives.command.support.Api;
import vn.directives.command.support.TestAccounts;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directives.command.enterprise.Spreadsheets.newTaxCode;
import static vn.directives.command.enterprise.Spreadsheets.xlsx;

/**
 * History migrations over HTTP, against the shared command side: the original recording day's
 * rules, each refusal naming the field and the rule with nothing stored, what every migrated event
 * carries, and a file migrated twice adding nothing. (The report's use of the day:
 * {@code YearlyReportTest} on the query side.)
 */
@CommandSideTest
class HistoryMigrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SOURCE = "Phần mềm quản lý đảng viên cũ, sổ doanh nghiệp 2024";
    private static final List<String> HEADER = List.of("Mã số thuế", "Tên doanh nghiệp", "Địa chỉ", "Xã/phường",
            "Loại hình", "Số lao động", "Ngày hiệu lực", "Ngày ghi nhận gốc");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String wardId;
    private Api api;

    @BeforeEach
    void aWard() {
        api = new Api(port);
        wardId = api.unit("Phường Trưng Vương " + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999), "WARD");
    }

    @Test
    void an_original_recording_day_before_the_fact_or_in_the_future_is_refused_by_field_and_rule_and_nothing_is_stored()
            throws Exception {
        String good = newTaxCode();
        String early = newTaxCode();
        String future = newTaxCode();
        String unreadable = newTaxCode();
        byte[] file = xlsx(HEADER, List.of(
                row(good, "01/03/2024", "05/03/2024"),        // 2: valid
                row(early, "01/03/2024", "28/02/2024"),       // 3: recorded before it happened
                row(future, "01/03/2024", "01/01/2999"),      // 4: recorded in the future
                row(unreadable, "01/03/2024", "31/02/2024")), // 5: no such day
                false);

        JsonNode report = upload("/api/history-migrations/validations", file, SOURCE, 200);
        assertThat(report.get("problems")).extracting(p -> p.get("row").asInt() + "|" + p.get("column").asString()
                + "|" + p.get("field").asString() + "|" + p.get("rule").asString()).containsExactly(
                "3|Ngày ghi nhận gốc|recordedOriginallyOn|recorded-before-effective",
                "4|Ngày ghi nhận gốc|recordedOriginallyOn|not-in-future",
                "5|Ngày ghi nhận gốc|recordedOriginallyOn|date-format");
        assertThat(report.get("problems").get(0).get("message").asString()).contains("Ngày ghi nhận gốc");
        assertThat(report.get("problems").get(0).get("message_en").asString()).contains("original recording date");
        assertThat(report.get("imported").asBoolean()).isFalse();

        JsonNode refused = upload("/api/history-migrations", file, SOURCE, 400);
        assertThat(refused.get("errors").get(0).get("rule").asString()).isEqualTo("import-rows-invalid");
        assertThat(refused.get("report").get("problems").size()).isEqualTo(3);
        assertThat(events(List.of(good, early, future, unreadable))).as("every row or none").isZero();

        JsonNode noSource = upload("/api/history-migrations", xlsx(HEADER, List.of(row(good, "01/03/2024", "")),
                false), " ", 400);
        assertThat(noSource.get("errors").get(0).get("field").asString()).isEqualTo("source");
        assertThat(noSource.get("errors").get(0).get("rule").asString()).isEqualTo("required");
        assertThat(events(List.of(good))).isZero();
    }

    @Test
    void every_migrated_event_carries_its_original_day_job_source_and_confirmer_and_a_second_migration_adds_nothing()
            throws Exception {
        String recorded = newTaxCode();
        String unknownDay = newTaxCode();
        byte[] enterprises = xlsx(HEADER, List.of(row(recorded, "10/01/2024", "15/01/2024"),
                row(unknownDay, "01/06/2024", "")), false);

        JsonNode migrated = upload("/api/history-migrations", enterprises, SOURCE, 200);

        assertThat(migrated.get("toRegister").asInt()).isEqualTo(2);
        assertThat(migrated.get("imported").asBoolean()).isTrue();
        String job = migrated.get("importJobId").asString();
        assertThat(job).startsWith("migration-");
        assertThat(metadata(recorded)).contains("\"recordedOriginallyOn\":\"2024-01-15\"",
                "\"importJobId\":\"" + job + "\"", "\"migrationSource\":\"" + SOURCE + "\"",
                "\"actor\":\"" + TestAccounts.ORGANIZATION_COMMITTEE + "\"");
        assertThat(metadata(unknownDay)).as("a day the source does not know: the day it took effect")
                .contains("\"recordedOriginallyOn\":\"2024-06-01\"");

        String bloc = "Đảng ủy Khối Doanh nghiệp " + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        api.unit(bloc, "PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES");
        List<String> header = List.of("Mã số thuế", "Tên tổ chức đảng", "Loại tổ chức đảng",
                "Cấp ủy cấp trên trực tiếp", "Đảng viên chính thức", "Đảng viên dự bị", "Ngày thành lập",
                "Ngày ghi nhận gốc");
        JsonNode beforeFounding = upload("/api/history-migrations/validations", xlsx(header, List.of(List.of(recorded,
                "Chi bộ", "Chi bộ cơ sở", bloc, 3, 0, "01/02/2024", "31/01/2024")), false), SOURCE, 200);
        assertThat(beforeFounding.get("problems")).extracting(p -> p.get("field").asString() + "|"
                + p.get("rule").asString()).containsExactly("recordedOriginallyOn|recorded-before-effective");
        byte[] organizations = xlsx(header, List.of(List.of(recorded, "Chi bộ", "Chi bộ cơ sở", bloc, 3, 0,
                "01/02/2024", "10/02/2024")), false);
        assertThat(upload("/api/history-migrations", organizations, SOURCE, 200).get("toRegister").asInt())
                .isEqualTo(1);

        long stored = events(List.of(recorded, unknownDay)) + organizationEvents(recorded);
        JsonNode again = upload("/api/history-migrations", enterprises, SOURCE, 200);
        JsonNode organizationsAgain = upload("/api/history-migrations", organizations, SOURCE, 200);
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(organizationsAgain.get("unchanged").asInt()).isEqualTo(1);
        assertThat(events(List.of(recorded, unknownDay)) + organizationEvents(recorded))
                .as("the same migration twice adds nothing").isEqualTo(stored).isEqualTo(3);
    }

    @Test
    void a_migration_runs_in_the_import_jobs_chunks_stops_at_a_failing_chunk_and_resumes_when_sent_again()
            throws Exception {
        List<String> taxCodes = java.util.stream.IntStream.range(0, 5).mapToObj(i -> newTaxCode()).toList();
        byte[] file = xlsx(HEADER, taxCodes.stream().map(code -> row(code, "01/03/2024", "05/03/2024")).toList(),
                false);
        // the third chunk (sheet row 6; chunks of 2 rows in the tests) fails as a database error would
        String failing = taxCodes.get(4);
        String trigger = "refuse_" + failing;
        jdbc.sql("CREATE FUNCTION command." + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF NEW.tax_code = '" + failing + "' THEN RAISE EXCEPTION 'refused by the test'; END IF; "
                + "RETURN NEW; END $$").update();
        jdbc.sql("CREATE TRIGGER " + trigger + " BEFORE INSERT ON command.enterprise FOR EACH ROW EXECUTE FUNCTION "
                + "command." + trigger + "()").update();
        JsonNode stopped;
        try {
            stopped = upload("/api/history-migrations", file, SOURCE, 409);
        } finally {
            jdbc.sql("DROP TRIGGER " + trigger + " ON command.enterprise").update();
            jdbc.sql("DROP FUNCTION command." + trigger + "()").update();
        }

        assertThat(stopped.get("errors").get(0).get("rule").asString()).isEqualTo("import-stopped");
        JsonNode job = stopped.get("job");
        assertThat(job.get("importJobId").asString()).startsWith("migration-");
        assertThat(job.get("fileName").asString()).as("a migration's job is named by its source").isEqualTo(SOURCE);
        assertThat(job.get("rowsDone").asInt()).as("the chunks before the failing one stay applied").isEqualTo(4);
        assertThat(job.get("failure").get("fromRow").asInt()).isEqualTo(6);
        assertThat(events(taxCodes)).as("exactly the rows the job says are applied").isEqualTo(4);
        assertThat(metadata(taxCodes.get(3))).contains("\"recordedOriginallyOn\":\"2024-03-05\"",
                "\"importJobId\":\"" + job.get("importJobId").asString() + "\"");

        JsonNode resumed = upload("/api/history-migrations", file, SOURCE, 200);
        assertThat(resumed.get("importJobId").asString()).isEqualTo(job.get("importJobId").asString());
        assertThat(resumed.get("toRegister").asInt()).as("both runs together").isEqualTo(5);
        assertThat(events(taxCodes)).as("resumed without doubling").isEqualTo(5);
        assertThat(metadata(failing)).contains("\"recordedOriginallyOn\":\"2024-03-05\"");
    }

    @Test
    void socio_political_organizations_and_cessations_migrate_with_their_original_recording_days() throws Exception {
        String enterprise = newTaxCode();
        upload("/api/history-migrations", xlsx(HEADER, List.of(row(enterprise, "10/01/2023", "")), false), SOURCE,
                200);
        List<String> organizationHeader = List.of("Mã số thuế", "Tổ chức chính trị - xã hội", "Số thành viên",
                "Ngày thành lập", "Ngày ghi nhận gốc");
        JsonNode early = upload("/api/history-migrations/validations", xlsx(organizationHeader, List.of(
                List.of(enterprise, "Công đoàn cơ sở", 120, "01/03/2023", "28/02/2023")), false), SOURCE, 200);
        assertThat(early.get("problems")).extracting(p -> p.get("field").asString() + "|" + p.get("rule").asString())
                .containsExactly("recordedOriginallyOn|recorded-before-effective");

        byte[] unions = xlsx(organizationHeader, List.of(List.of(enterprise, "Công đoàn cơ sở", 120, "01/03/2023",
                "15/03/2023")), false);
        assertThat(upload("/api/history-migrations", unions, SOURCE, 200).get("toRegister").asInt()).isEqualTo(1);
        assertThat(lastMetadata(enterprise)).contains("\"recordedOriginallyOn\":\"2023-03-15\"");

        byte[] cessation = xlsx(List.of("Mã số thuế", "Ngày chấm dứt hoạt động", "Lý do chấm dứt",
                "Ngày ghi nhận gốc"), List.of(List.of(enterprise, "30/06/2024", "Sáp nhập", "")), false);
        assertThat(upload("/api/history-migrations", cessation, SOURCE, 200).get("toChange").asInt()).isEqualTo(1);
        assertThat(lastMetadata(enterprise)).as("a day the source does not know: the day it ceased")
                .contains("\"recordedOriginallyOn\":\"2024-06-30\"");
        assertThat(upload("/api/history-migrations", cessation, SOURCE, 200).get("unchanged").asInt())
                .isEqualTo(1);
        assertThat(events(List.of(enterprise))).isEqualTo(3);
    }

    @Test
    void a_party_member_migrates_with_the_original_recording_day_and_the_person_only_in_the_personal_data_store()
            throws Exception {
        String enterprise = newTaxCode();
        upload("/api/history-migrations", xlsx(HEADER, List.of(row(enterprise, "10/01/2023", "")), false), SOURCE,
                200);
        String citizenId = "0" + ThreadLocalRandom.current().nextLong(10_000_000_000L, 99_999_999_999L);
        String card = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        byte[] roster = xlsx(List.of("Họ và tên", "Ngày sinh", "Số thẻ đảng viên", "Số căn cước công dân",
                "Mã số thuế", "Nơi sinh hoạt đảng", "Trạng thái đảng viên", "Ngày kết nạp",
                "Ngày công nhận chính thức", "Ngày hiệu lực", "Ngày ghi nhận gốc"), List.of(List.of(
                "Đỗ Thị Lịch Sử", "12/12/1980", card, citizenId, enterprise, wardId, "Chính thức", "03/02/2010",
                "03/02/2011", "01/02/2024", "05/02/2024")), false);

        JsonNode migrated = upload("/api/history-migrations", roster, SOURCE, 200);

        assertThat(migrated.get("toRegister").asInt()).as(migrated.toString()).isEqualTo(1);
        String ref = jdbc.sql("SELECT member_ref::text FROM command.member_personal_data WHERE citizen_id = :id")
                .param("id", citizenId).query(String.class).single();
        assertThat(lastMetadata("party-member:" + ref)).contains("\"recordedOriginallyOn\":\"2024-02-05\"",
                "\"migrationSource\":\"" + SOURCE + "\"");
        assertThat(upload("/api/history-migrations", roster, SOURCE, 200).get("unchanged").asInt()).isEqualTo(1);
        assertThat(events(List.of("party-member:" + ref))).isEqualTo(1);
    }

    private String lastMetadata(String taxCode) {
        return jdbc.sql("""
                        SELECT convert_from(meta_data, 'UTF8') FROM events.domain_event_entry
                         WHERE aggregate_identifier = :id ORDER BY sequence_number DESC LIMIT 1""")
                .param("id", taxCode)
                .query(String.class)
                .single();
    }

    private List<Object> row(String taxCode, String effectiveOn, String recordedOn) {
        List<Object> row = new ArrayList<>(List.of(taxCode, "Công ty TNHH Lịch Sử " + taxCode, "Số 1", wardId,
                "Tư nhân", 25, effectiveOn));
        row.add(recordedOn);
        return row;
    }

    private JsonNode upload(String path, byte[] file, String source, int expectedStatus) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path
                        + "?source=" + URLEncoder.encode(source, StandardCharsets.UTF_8)))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file));
        TestAccounts.signIn(request);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return Api.JSON.readTree(response.body());
    }

    private long events(List<String> taxCodes) {
        return jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = ANY (:ids)")
                .param("ids", taxCodes.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    private long organizationEvents(String taxCode) {
        return jdbc.sql("""
                        SELECT count(*) FROM events.domain_event_entry e
                          JOIN command.party_organization_enterprise o ON o.party_organization_id = e.aggregate_identifier
                         WHERE o.enterprise_tax_code = :taxCode""")
                .param("taxCode", taxCode)
                .query(Long.class)
                .single();
    }

    private String metadata(String taxCode) {
        return jdbc.sql("""
                        SELECT convert_from(meta_data, 'UTF8') FROM events.domain_event_entry
                         WHERE aggregate_identifier = :id AND sequence_number = 0""")
                .param("id", taxCode)
                .query(String.class)
                .single();
    }
}
