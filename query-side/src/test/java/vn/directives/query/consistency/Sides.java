package vn.directives.query.consistency;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directives.command.CommandSideApplication;
import vn.directives.query.QuerySideApplication;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;
import vn.directives.command.support.TestAccounts;

/**
 * Starts the command side and query-side instances in this JVM on random ports (as separate
 * applications would run against one database), and looks at the query side's processors and
 * read models from outside.
 */
final class Sides {

    /** Infrastructure tables, not read models: they legitimately differ between a live run and a rebuild. */
    private static final List<String> NOT_READ_MODELS = List.of("token_entry", "flyway_history_query",
            "processor_tally", "processor_rebuild", "security_log");

    private Sides() {
    }

    /**
     * The database of these tests: {@code DIRECTIVES_ISOLATED_DB_URL} (deploy/test provisions one),
     * so that read models hold nothing but what this history produced — other tests feed
     * projections directly with events that are not in the store, which no rebuild reproduces.
     */
    private static String database() {
        String isolated = System.getenv("DIRECTIVES_ISOLATED_DB_URL");
        return isolated != null ? isolated
                : System.getenv().getOrDefault("DIRECTIVES_DB_URL", "jdbc:postgresql://127.0.0.1:55432/directives");
    }

    static ConfigurableApplicationContext commandSide() {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.datasource.url=" + database());
    }

    static ConfigurableApplicationContext querySide(String name) {
        return new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.datasource.url=" + database(),
                        "--axon.eventhandling.tokenstore.claim-timeout=2s",
                        "--spring.application.name=query-side-" + name);
    }

    static String baseUrl(ConfigurableApplicationContext side) {
        return "http://localhost:" + side.getEnvironment().getRequiredProperty("local.server.port");
    }

    static Map<String, StreamingEventProcessor> processors(ConfigurableApplicationContext querySide) {
        return querySide.getBean(EventProcessingConfiguration.class).eventProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof StreamingEventProcessor)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> (StreamingEventProcessor) e.getValue()));
    }

    static long head(ConfigurableApplicationContext querySide) {
        Long head = querySide.getBean(JdbcTemplate.class)
                .queryForObject("SELECT coalesce(max(global_index), 0) FROM events.domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /** Waits until every processor of the instance has processed every stored event, on all of its segments. */
    static void awaitCaughtUp(ConfigurableApplicationContext querySide, Duration atMost) {
        long head = head(querySide);
        await("query side caught up with " + head).atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> processors(querySide).values().stream().allMatch(p -> caughtUp(p, head)));
    }

    /** Waits until two instances sharing the work have, between them, processed every stored event. */
    static void awaitCaughtUp(ConfigurableApplicationContext one, ConfigurableApplicationContext other,
                              Duration atMost) {
        long head = head(one);
        await("both instances caught up with " + head).atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> processors(one).keySet().stream().allMatch(name -> {
                    Map<Integer, EventTrackerStatus> status = new java.util.HashMap<>(
                            processors(one).get(name).processingStatus());
                    status.putAll(processors(other).get(name).processingStatus());
                    double covered = status.values().stream()
                            .mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
                    return covered >= 0.999 && status.values().stream()
                            .allMatch(s -> !s.isErrorState() && s.getCurrentPosition().orElse(-1) >= head);
                }));
    }

    private static boolean caughtUp(StreamingEventProcessor processor, long head) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        // this instance holds segments covering the whole stream (a segment with mask m is 1/(m+1) of it)
        double covered = status.values().stream().mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum();
        return covered >= 0.999 && status.values().stream()
                .allMatch(s -> !s.isErrorState() && s.getCurrentPosition().orElse(-1) >= head);
    }

    /** The survivor's own proof that every stored event reached every projection (GET /api/admin/reconciliation). */
    static tools.jackson.databind.JsonNode reconciliation(ConfigurableApplicationContext querySide) {
        try {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl(querySide)
                            + "/api/admin/reconciliation")).header("Authorization", TestAccounts.reader()).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return CommandClient.JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException("reconciliation could not be read", e);
        }
    }

    /** How many segments, over all its processors, the instance has claimed. */
    static int claimedSegments(ConfigurableApplicationContext querySide) {
        return processors(querySide).values().stream().mapToInt(p -> p.processingStatus().size()).sum();
    }

    /** Rebuilds every read model of the instance from the event history, as an administrator would. */
    static void rebuildAll(ConfigurableApplicationContext querySide) {
        for (StreamingEventProcessor processor : processors(querySide).values()) {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
    }

    /** Every read model table of the query schema, each as its sorted rows. */
    static Map<String, List<String>> readModels(ConfigurableApplicationContext querySide) {
        JdbcTemplate jdbc = querySide.getBean(JdbcTemplate.class);
        List<String> tables = jdbc.queryForList("""
                SELECT table_name FROM information_schema.tables
                 WHERE table_schema = 'query' AND table_type = 'BASE TABLE' ORDER BY table_name""", String.class);
        Map<String, List<String>> models = new TreeMap<>();
        for (String table : tables) {
            if (NOT_READ_MODELS.contains(table)) {
                continue;
            }
            List<String> rows = jdbc.queryForList("SELECT * FROM query." + table).stream()
                    .map(row -> new TreeMap<>(row).toString()).sorted().toList();
            models.put(table, rows);
        }
        return models;
    }
}
