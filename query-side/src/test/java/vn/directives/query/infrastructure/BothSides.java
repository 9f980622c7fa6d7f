package vn.directives.query.infrastructure;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.CommandSideApplication;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import vn.directives.command.support.TestAccounts;

/**
 * Both applications in one JVM on random ports against the real database, as in the walking
 * skeleton, with real HTTP calls to either side and the command role's connection for tests that
 * must tamper with the event store.
 */
public final class BothSides implements AutoCloseable {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ConfigurableApplicationContext query;
    private final ConfigurableApplicationContext command;

    private BothSides(ConfigurableApplicationContext query, ConfigurableApplicationContext command) {
        this.query = query;
        this.command = command;
    }

    /**
     * Starts the query side (with extra bean classes and command-line arguments) after the event
     * store exists, then the command side.
     */
    public static BothSides start(List<Class<?>> extraQueryBeans, String... queryArguments) {
        CommandSideMigrations.apply();
        List<Class<?>> sources = new ArrayList<>(List.of(QuerySideApplication.class));
        sources.addAll(extraQueryBeans);
        // the command side's port is chosen first, so that the workspace's forms can reach it
        int commandPort = freePort();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        if (java.util.Arrays.stream(queryArguments).noneMatch(argument -> argument.startsWith(
                "--directives.workspace.command-side-url="))) {
            arguments.add("--directives.workspace.command-side-url=http://localhost:" + commandPort);
        }
        arguments.addAll(List.of(queryArguments));
        ConfigurableApplicationContext query = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .properties(QuerySideApplication.CONFIG_NAME)
                .run(arguments.toArray(String[]::new));
        ConfigurableApplicationContext command = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=" + commandPort, "--directives.query-side.base-url=" + baseUrl(query));
        return new BothSides(query, command);
    }

    /**
     * Waits until this query side has claimed every segment of every processor and caught up with
     * the store: a freshly started instance first has to take the claims over and replay what
     * earlier tests stored, which no short read-your-writes wait should have to cover.
     */
    public void awaitCaughtUp(java.time.Duration atMost) {
        org.awaitility.Awaitility.await("query side caught up").atMost(atMost)
                .pollInterval(java.time.Duration.ofMillis(200)).until(() -> {
                    JsonNode processors = json(getQuery("/api/admin/processors"));
                    boolean all = processors.size() > 0;
                    for (JsonNode processor : processors) {
                        all &= processor.path("lag").asLong() == 0
                                && processor.path("claimedHere").asInt() == processor.path("segmentCount").asInt();
                    }
                    return all;
                });
    }

    public ConfigurableApplicationContext query() {
        return query;
    }

    public HttpResponse<String> postCommand(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl(command) + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public URI commandUri(String path) {
        return URI.create(baseUrl(command) + path);
    }

    public URI queryUri(String pathAndQuery) {
        return URI.create(baseUrl(query) + pathAndQuery);
    }

    public HttpResponse<String> getQuery(String pathAndQuery, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(queryUri(pathAndQuery)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public HttpResponse<String> postQuery(String path) {
        return send(HttpRequest.newBuilder(queryUri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /**
     * Sends a request signed in as the Organization Committee (to the command side) or as a reader
     * of everything (to the query side), unless it carries its own {@code Authorization}.
     */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            if (built.headers().firstValue("Authorization").isEmpty()) {
                boolean toCommandSide = built.uri().getPort() == port(command);
                built = HttpRequest.newBuilder(built, (name, value) -> true).header("Authorization",
                        toCommandSide ? TestAccounts.organizationCommittee() : TestAccounts.reader()).build();
            }
            return HTTP.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("HTTP call failed", e);
        }
    }

    /** Registers a unit and a directive it leads; returns the command side's answer to the directive. */
    public HttpResponse<String> registerDirective() {
        HttpResponse<String> unit = postCommand("/api/units", """
                {"name": "Ban Tổ chức Tỉnh ủy", "kind": "ORGANIZATION_COMMITTEE", "effectiveOn": "2015-01-01"}""");
        require(unit, 201);
        // numbers are unique per store: a four-digit number alone collides across the suite's directives
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String number = random.nextInt(1000, 9999) + "-CT/"
                + random.ints(5, 'A', 'Z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        HttpResponse<String> directive = postCommand("/api/directives", """
                {"number": "%s", "kind": "DIRECTIVE", "issuedOn": "2024-05-20",
                 "issuingBody": "Ban Thường vụ Tỉnh ủy",
                 "title": "Về tăng cường xây dựng tổ chức đảng trong doanh nghiệp",
                 "points": [{"number": 1, "text": "Quán triệt đến từng chi bộ."}],
                 "leadUnitId": "%s",
                 "cadence": {"cutOffMonth": 11, "cutOffDay": 15, "reportTo": "Ban Thường vụ Tỉnh ủy"}}
                """.formatted(number, json(unit).get("id").asString()));
        return require(directive, 201);
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static HttpResponse<String> require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + ", got " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** A connection as the command side's role, which owns the event store. */
    public static Connection commandRole() throws SQLException {
        return DriverManager.getConnection(
                env("DIRECTIVES_DB_URL", "jdbc:postgresql://127.0.0.1:55432/directives"),
                env("DIRECTIVES_COMMAND_DB_USER", "directives_command"),
                env("DIRECTIVES_COMMAND_DB_PASSWORD", "directives_command"));
    }

    @Override
    public void close() {
        if (command != null) {
            command.close();
        }
        if (query != null) {
            query.close();
        }
    }

    private static int port(ConfigurableApplicationContext side) {
        return Integer.parseInt(side.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static String baseUrl(ConfigurableApplicationContext side) {
        return "http://localhost:" + side.getEnvironment().getRequiredProperty("local.server.port");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
