package vn.directives.query.timeline;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import vn.directives.command.support.TestAccounts;

/**
 * The query side running on a random port against the real database, after the command side's
 * migrations have created the event store it follows.
 */
final class RunningQuerySide implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final ConfigurableApplicationContext context;

    private RunningQuerySide(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningQuerySide start() {
        CommandSideMigrations.apply();
        return new RunningQuerySide(new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0"));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        URI uri = URI.create("http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port")
                + pathAndQuery);
        return HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", TestAccounts.reader()).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        context.close();
    }
}
