package vn.directives.command.enterprise;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.directives.command.infrastructure.CommandSideTest;
import vn.directives.command.support.Api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directives.command.enterprise.Spreadsheets.newTaxCode;

/**
 * A general task that founds a socio-political organization, over real HTTP on the real database: the
 * founding is stored in the enterprise's stream with the completion, or the completion is refused by the
 * registry's rule naming the completion's field and nothing is stored; a retry with the same
 * Idempotency-Key founds once; completions racing on one enterprise never lose a founding they answered.
 */
@CommandSideTest
class TaskOutcomesOverHttpTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api api;
    private String unit;
    private String member;
    private String directive;
    private String taxCode;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        unit = api.unit("Liên đoàn Lao động tỉnh", "LABOUR_FEDERATION");
        member = api.member(unit);
        directive = api.directive(unit);
        String ward = api.unit("Đảng ủy phường Thử Nghiệm " + ThreadLocalRandom.current().nextInt(1_000_000), "WARD");
        taxCode = newTaxCode();
        assertThat(api.post("/api/enterprises", Map.of("taxCode", taxCode, "name", "Công ty TNHH Điện tử Sao Mai",
                "address", "Lô B2, KCN Sông Công I", "communeUnitId", ward, "ownership", "FOREIGN_INVESTED",
                "workers", 1250, "effectiveOn", "2020-01-01")).status()).isEqualTo(201);
    }

    private String openTask(String title) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("directiveId", directive);
        header.put("pointNumber", 3);
        header.put("title", title);
        header.put("leadUnitId", unit);
        header.put("coordinatingUnitIds", List.of());
        header.put("assigneeId", member);
        header.put("dueDate", TODAY.plusMonths(2).toString());
        Api.Answer opened = api.post("/api/general-tasks", Map.of("task", header, "expectedProduct", "Báo cáo",
                "openedOn", TODAY.minusDays(10).toString()));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        return opened.id();
    }

    private Api.Answer complete(String task, String kind, String... headers) {
        Map<String, Object> founding = Map.of("enterpriseTaxCode", taxCode, "kind", kind, "members", 120,
                "foundedOn", TODAY.minusDays(2).toString());
        List<String> all = new ArrayList<>(List.of("If-Match", "\"0\"", "X-Actor", member,
                "X-Actor-Roles", "STEERING_MEMBER"));
        all.addAll(List.of(headers));
        return api.post("/api/general-tasks/" + task + "/completion", Map.of("productDocument",
                "Báo cáo số 3-BC/LĐLĐ về thành lập công đoàn cơ sở", "organizationFounded", founding),
                all.toArray(String[]::new));
    }

    private List<String> enterpriseEvents() {
        return jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM events.domain_event_entry
                         WHERE aggregate_identifier = :taxCode AND payload_type LIKE '%SocioPoliticalOrganizationFounded'
                         ORDER BY sequence_number""")
                .param("taxCode", taxCode).query(String.class).list();
    }

    private long taskEvents(String task) {
        return jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = :task")
                .param("task", task).query(Long.class).single();
    }

    @Test
    void the_assignee_completes_a_task_that_founded_a_trade_union_and_a_second_one_is_refused_storing_nothing() {
        String first = openTask("Vận động thành lập công đoàn cơ sở tại Công ty Sao Mai");
        String second = openTask("Thành lập công đoàn cơ sở (trùng)");

        Api.Answer completed = complete(first, "TRADE_UNION");
        Api.Answer duplicate = complete(second, "TRADE_UNION");

        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(200);
        assertThat(enterpriseEvents()).singleElement().asString()
                .contains("\"kind\":\"TRADE_UNION\"", "\"members\":120", "\"foundedByTaskId\":\"" + first + "\"",
                        "\"effectiveOn\":\"" + TODAY.minusDays(2) + "\"");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().path("errors").get(0).path("field").asString())
                .isEqualTo("organizationFounded.kind");
        assertThat(duplicate.body().path("errors").get(0).path("rule").asString())
                .isEqualTo("organization-kind-exists");
        assertThat(taskEvents(second)).as("the refused completion stored nothing").isEqualTo(1);
        assertThat(enterpriseEvents()).hasSize(1);
    }

    @Test
    void a_completion_retried_with_its_idempotency_key_founds_once() {
        String task = openTask("Thành lập chi đoàn tại Công ty Sao Mai");
        String key = "founding-" + UUID.randomUUID();

        Api.Answer first = complete(task, "YOUTH_UNION", "Idempotency-Key", key);
        Api.Answer retry = complete(task, "YOUTH_UNION", "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(enterpriseEvents()).hasSize(1);
    }

    /** Every completion answered 200 has its founding stored; one refused by a concurrent write stored nothing. */
    @Test
    void completions_racing_on_one_enterprise_lose_no_founding() {
        List<String> kinds = List.of("TRADE_UNION", "YOUTH_UNION", "WOMENS_UNION", "VETERANS_ASSOCIATION");
        List<String> tasks = kinds.stream().map(kind -> openTask("Thành lập tổ chức " + kind)).toList();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            String task = tasks.get(i);
            String kind = kinds.get(i);
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return complete(task, kind);
            }));
        }
        start.countDown();

        List<String> founded = enterpriseEventsAfter(answers);
        for (int i = 0; i < kinds.size(); i++) {
            Api.Answer answer = answers.get(i).join();
            String kind = kinds.get(i);
            String task = tasks.get(i);
            if (answer.status() == 200) {
                assertThat(founded).as(kind).anySatisfy(json -> assertThat(json)
                        .contains("\"kind\":\"" + kind + "\"", "\"foundedByTaskId\":\"" + task + "\""));
            } else {
                assertThat(answer.status()).as(answer.body().toString()).isEqualTo(409);
                assertThat(taskEvents(task)).isEqualTo(1);
            }
        }
        assertThat(founded).hasSize((int) answers.stream().filter(a -> a.join().status() == 200).count());
    }

    private List<String> enterpriseEventsAfter(List<CompletableFuture<Api.Answer>> answers) {
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        return enterpriseEvents();
    }
}
