package vn.directives.command.infrastructure.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import vn.directives.command.infrastructure.CommandSideTest;
import vn.directives.command.support.Api;
import vn.directives.command.support.Api.Answer;
import vn.directives.command.support.TestAccounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

/**
 * A POST with an {@code Idempotency-Key} has exactly one effect whatever fails on the way: the
 * key's claim, the command's events and the stored answer commit together or not at all, so a
 * retry after a failure at any point either replays the original answer or runs the command for
 * the first time. Each failure is injected at the point where the previous design lost or
 * doubled a command.
 */
@CommandSideTest
class IdempotencyUnderFailureTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @MockitoSpyBean
    IdempotencyStore store;

    @MockitoSpyBean
    EventPositions positions;

    @Autowired
    IdempotencyKeyExpiry expiry;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void a_failure_after_the_effect_before_the_answer_is_stored_leaves_nothing_and_the_retry_takes_effect_once() {
        String name = uniqueName();
        String key = "key-" + UUID.randomUUID();
        doAnswer(once(invocation -> {
            throw new IllegalStateException("injected: the answer could not be stored");
        })).when(store).remember(anyString(), anyString(), any());

        Answer first = registerUnit(name, key);
        Answer retry = registerUnit(name, key);

        assertThat(first.status()).isGreaterThanOrEqualTo(500);
        assertThat(retry.status()).as(retry.body().toString()).isEqualTo(201);
        assertThat(eventsNaming(name)).isEqualTo(1);
    }

    @Test
    void a_server_error_after_the_command_ran_does_not_let_its_retry_store_it_twice() {
        String name = uniqueName();
        String key = "key-" + UUID.randomUUID();
        doAnswer(once(invocation -> {
            throw new IllegalStateException("injected: Connection is closed");
        })).when(positions).afterCommand(anyString(), anyLong());

        Answer first = registerUnit(name, key);
        Answer retry = registerUnit(name, key);

        assertThat(first.status()).isGreaterThanOrEqualTo(500);
        assertThat(retry.status()).as(retry.body().toString()).isEqualTo(201);
        assertThat(eventsNaming(name)).isEqualTo(1);
    }

    @Test
    void a_connection_killed_between_the_claim_and_the_answer_leaves_the_key_free_for_one_effect() {
        String name = uniqueName();
        String key = "key-" + UUID.randomUUID();
        doAnswer(once(invocation -> {
            // The request's own database session dies, as when its process is killed.
            jdbc.execute("SELECT pg_terminate_backend(pg_backend_pid())");
            return invocation.callRealMethod();
        })).when(store).remember(anyString(), anyString(), any());

        Answer first = registerUnit(name, key);
        Answer retry = registerUnit(name, key);
        Answer again = registerUnit(name, key);

        assertThat(first.status()).isGreaterThanOrEqualTo(500);
        assertThat(retry.status()).as(retry.body().toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.id()).isEqualTo(retry.id());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(eventsNaming(name)).isEqualTo(1);
    }

    @Test
    void an_unfinished_claim_left_by_a_crashed_instance_does_not_block_the_key_forever() {
        String name = uniqueName();
        String key = "key-" + UUID.randomUUID();
        // What a process killed during its request left behind before claims became transactional.
        jdbc.update("""
                INSERT INTO command.idempotency_key (actor, idempotency_key, fingerprint, created_at)
                VALUES (?, ?, ?, now())""", TestAccounts.ORGANIZATION_COMMITTEE, key,
                IdempotencyStore.fingerprint("POST", "/api/units", Api.JSON.writeValueAsBytes(unitBody(name))));

        Answer retry = registerUnit(name, key);

        assertThat(retry.status()).as(retry.body().toString()).isEqualTo(201);
        assertThat(eventsNaming(name)).isEqualTo(1);
    }

    @Test
    void concurrent_duplicates_take_effect_once_and_answer_alike() throws Exception {
        String name = uniqueName();
        String key = "key-" + UUID.randomUUID();
        int clients = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Callable<Answer> call = () -> {
                start.await();
                return registerUnit(name, key);
            };
            answers.add(pool.submit(call));
        }
        start.countDown();
        List<Answer> results = new ArrayList<>();
        for (Future<Answer> answer : answers) {
            results.add(answer.get());
        }
        pool.shutdown();

        List<Answer> created = results.stream().filter(a -> a.status() == 201).toList();
        assertThat(results).allSatisfy(a -> assertThat(a.status()).isIn(201, 409));
        assertThat(created).isNotEmpty();
        assertThat(created).extracting(Answer::id).containsOnly(created.get(0).id());
        assertThat(eventsNaming(name)).isEqualTo(1);
    }

    @Test
    void keys_older_than_the_retention_are_removed_and_younger_ones_still_answer_their_retry() {
        String oldName = uniqueName();
        String oldKey = "key-" + UUID.randomUUID();
        String youngName = uniqueName();
        String youngKey = "key-" + UUID.randomUUID();
        assertThat(registerUnit(oldName, oldKey).status()).isEqualTo(201);
        Answer young = registerUnit(youngName, youngKey);
        // the first key was used a day and an hour ago (the retention is 24 h)
        jdbc.update("UPDATE command.idempotency_key SET created_at = now() - interval '25 hours' WHERE idempotency_key = ?",
                oldKey);

        int removed = expiry.purge(java.time.Instant.now());

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM command.idempotency_key WHERE idempotency_key IN (?, ?)",
                Integer.class, oldKey, youngKey)).isEqualTo(1);
        Answer retry = registerUnit(youngName, youngKey);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.id()).isEqualTo(young.id());
        assertThat(eventsNaming(youngName)).isEqualTo(1);
    }

    private Answer registerUnit(String name, String key) {
        return api.post("/api/units", unitBody(name), "Idempotency-Key", key);
    }

    private static Map<String, Object> unitBody(String name) {
        return Map.of("name", name, "kind", "YOUTH_UNION", "effectiveOn", "2015-01-01");
    }

    private static String uniqueName() {
        return "Chi đoàn " + UUID.randomUUID();
    }

    private int eventsNaming(String name) {
        return jdbc.queryForObject("SELECT count(*) FROM events.domain_event_entry WHERE convert_from(payload, 'UTF8') LIKE ?",
                Integer.class, "%" + name + "%");
    }

    /** Only the first call fails; later calls (the retry) run the real method. */
    private static org.mockito.stubbing.Answer<Object> once(org.mockito.stubbing.Answer<Object> failure) {
        AtomicBoolean armed = new AtomicBoolean(true);
        return invocation -> armed.getAndSet(false) ? failure.answer(invocation) : invocation.callRealMethod();
    }
}
