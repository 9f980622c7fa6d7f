package vn.directives.command.directive;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.CommandSideApplication;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.DirectiveCatalogue;
import vn.directives.platform.security.Role;
import vn.directives.command.common.RuleViolation;
import vn.directives.events.directive.DirectiveKind;
import vn.directives.events.directive.DirectivePoint;
import vn.directives.events.directive.DirectiveRegistered;
import vn.directives.events.directive.ReportingCadence;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import vn.directives.command.support.TestAccounts;

/**
 * The directive lookup on the real database, fed by real commands and requests. Numbers and ids
 * are random so that tests sharing a database never collide.
 */
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = CommandSideApplication.CONFIG_NAME)
class DirectiveLookupTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);
    private static final LocalDate ISSUED = LocalDate.of(2022, 12, 23);
    private static final List<DirectivePoint> POINTS = List.of(
            new DirectivePoint(1, "Nâng cao nhận thức về vai trò của tổ chức đảng trong doanh nghiệp."),
            new DirectivePoint(2, "Khảo sát, nắm tình hình doanh nghiệp và đảng viên làm việc tại doanh nghiệp."));
    private static final ReportingCadence CADENCE = new ReportingCadence(ReportingCadence.Frequency.YEARLY, 11, 15,
            "Ban Thường vụ Tỉnh ủy");
    private static final Random RANDOM = new Random();

    @Autowired
    private CommandGateway commands;
    @Autowired
    private DirectiveCatalogue catalogue;
    @Autowired
    private DirectiveLookup lookup;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private PlatformTransactionManager transactions;
    @LocalServerPort
    private int port;

    private String leadUnit;

    @BeforeEach
    void registerTheLeadUnit() throws IOException, InterruptedException {
        HttpResponse<String> response = post("/api/units", """
                {"name": "Ban Tổ chức Tỉnh ủy", "kind": "ORGANIZATION_COMMITTEE", "effectiveOn": "1997-01-01"}""");
        assertThat(response.statusCode()).isEqualTo(201);
        leadUnit = json(response).get("id").asString();
    }

    /** A number of the right shape that no other test uses, e.g. 42-CT/QXKTRB. */
    private static String randomNumber() {
        String letters = RANDOM.ints(6, 'A', 'Z' + 1).mapToObj(c -> String.valueOf((char) c))
                .collect(Collectors.joining());
        return (1 + RANDOM.nextInt(9999)) + "-CT/" + letters;
    }

    private static CommandContext organizationCommittee() {
        return new CommandContext("ban-to-chuc", Set.of(Role.ORGANIZATION_COMMITTEE), null, TODAY);
    }

    private RegisterDirective register(String id, String number) {
        return new RegisterDirective(id, number, DirectiveKind.DIRECTIVE, ISSUED, "Tỉnh ủy Thái Nguyên",
                "Về tăng cường công tác xây dựng tổ chức đảng trong doanh nghiệp", POINTS, leadUnit, CADENCE, List.of(),
                organizationCommittee());
    }

    @Test
    void a_registered_directive_has_its_points_and_no_others() {
        String id = UUID.randomUUID().toString();
        commands.sendAndWait(register(id, randomNumber()));

        assertThat(catalogue.hasPoint(id, 1)).isTrue();
        assertThat(catalogue.hasPoint(id, 2)).isTrue();
        assertThat(catalogue.hasPoint(id, 3)).isFalse();
        assertThat(catalogue.hasPoint(UUID.randomUUID().toString(), 1)).isFalse();
    }

    @Test
    void the_lookup_knows_numbers_and_issue_dates() {
        String id = UUID.randomUUID().toString();
        String number = randomNumber();
        commands.sendAndWait(register(id, number));

        assertThat(lookup.isNumberTaken(number)).isTrue();
        assertThat(lookup.isNumberTaken(randomNumber())).isFalse();
        assertThat(lookup.issuedOn(id)).contains(ISSUED);
        assertThat(lookup.issuedOn(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void a_number_registered_again_is_refused_with_a_problem_in_vietnamese() throws IOException, InterruptedException {
        String body = """
                {"number": "%s", "kind": "DIRECTIVE", "issuedOn": "2022-12-23", "issuingBody": "Tỉnh ủy Thái Nguyên",
                 "title": "Về tăng cường công tác xây dựng tổ chức đảng trong doanh nghiệp",
                 "points": [{"number": 1, "text": "Khảo sát, nắm tình hình doanh nghiệp."}],
                 "leadUnitId": "%s",
                 "cadence": {"cutOffMonth": 11, "cutOffDay": 15, "reportTo": "Ban Thường vụ Tỉnh ủy"},
                 "targets": [{"indicator": "I1", "description": "Doanh nghiệp có tổ chức đảng",
                              "thresholdPercent": 15, "horizonYear": 2030}]}""".formatted(randomNumber(), leadUnit);
        assertThat(post("/api/directives", body).statusCode()).isEqualTo(201);

        HttpResponse<String> again = post("/api/directives", body);

        assertThat(again.statusCode()).isEqualTo(409);
        JsonNode problem = json(again);
        assertThat(problem.get("type").asString()).isEqualTo("urn:directives:problem:directive-number-taken");
        assertThat(problem.get("detail").asString()).contains("đã được đăng ký");
    }

    /**
     * Two registrations of one number at the same moment both pass the directive's own check; the
     * unique number in the lookup makes the second wait for the first and then refuses it, rolling
     * its events back with it.
     */
    @Test
    void of_two_registrations_of_one_number_at_the_same_moment_the_second_is_refused() {
        String number = randomNumber();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        CompletableFuture<Object> secondRegistration = new TransactionTemplate(transactions).execute(status -> {
            lookup.on(new DirectiveRegistered(first, number, DirectiveKind.DIRECTIVE, ISSUED, "Tỉnh ủy Thái Nguyên",
                    "Chỉ thị thứ nhất", POINTS, leadUnit, CADENCE, List.of(), "ban-to-chuc"));
            CompletableFuture<Object> pending = CompletableFuture.supplyAsync(
                    () -> commands.sendAndWait(register(second, number)));
            awaitALockWait();
            return pending;
        });

        assertThatThrownBy(secondRegistration::join)
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo("directive-number-taken"));
        assertThat(jdbc.sql("SELECT count(*) FROM events.domain_event_entry WHERE aggregate_identifier = :id")
                .param("id", second).query(Long.class).single()).isZero();
        assertThat(lookup.issuedOn(second)).isEmpty();
    }

    /** Waits until a session of this database is blocked on a lock: the second registration's insert. */
    private void awaitALockWait() {
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < deadline) {
            long waiting = jdbc.sql("""
                            SELECT count(*) FROM pg_stat_activity
                             WHERE datname = current_database() AND wait_event_type = 'Lock'""")
                    .query(Long.class).single();
            if (waiting > 0) {
                return;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("The second registration never waited for the first");
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder()
                        .uri(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/json")
                        .header("Authorization", TestAccounts.organizationCommittee())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }
}
