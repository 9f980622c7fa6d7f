package vn.directives.query.taskboard;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.platform.web.RequestRefused;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;

import java.nio.charset.StandardCharsets;

/**
 * The whole query side against the real PostgreSQL, for one test class: its HTTP API (through
 * MockMvc, the application's own Spring MVC), its database, and a feed of events into the task
 * board's projection.
 */
public final class QuerySideUnderTest implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;
    private final MockMvc mvc;

    private QuerySideUnderTest(ConfigurableApplicationContext context) {
        this.context = context;
        this.mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
    }

    /** Starts the query side; the command side's migrations run first, for the event store it reads. */
    public static QuerySideUnderTest start() {
        CommandSideMigrations.apply();
        return new QuerySideUnderTest(new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0"));
    }

    /** A new feed of events into the task board, numbering each task's events from 0. */
    /** Applies events to the task board in batches, as its processor does. */
    public vn.directives.query.ProjectionDriver boardDriver() {
        return vn.directives.query.ProjectionDriver.of(context, TaskBoardProjection.GROUP);
    }

    public TaskBoardFeed feed() {
        return new TaskBoardFeed(context);
    }

    /** Where the query side listens, e.g. {@code http://localhost:41234}. */
    public String baseUrl() {
        return "http://localhost:" + context.getEnvironment().getRequiredProperty("local.server.port");
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    /** A GET request, e.g. {@code /api/tasks?size=2}. */
    public Reply get(String pathAndQuery) {
        try {
            MvcResult result = mvc.perform(MockMvcRequestBuilders.get(pathAndQuery)).andReturn();
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            return new Reply(result.getResponse().getStatus(),
                    body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body),
                    result.getResponse().getHeader("ETag"), result.getResolvedException());
        } catch (Exception e) {
            throw new IllegalStateException("GET " + pathAndQuery + " failed", e);
        }
    }

    /**
     * Rebuilds the task board as an operator would: stop its processor, reset its tokens (which
     * calls the reset handler), start it again.
     */
    public void resetTaskBoard() {
        StreamingEventProcessor processor = context.getBean(Configuration.class).eventProcessingConfiguration()
                .eventProcessor(TaskBoardProjection.GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    @Override
    public void close() {
        context.close();
    }

    /** A response: status, JSON body, ETag, and the exception the application answered with, if any. */
    public record Reply(int status, JsonNode body, String etag, Exception exception) {

        /** The parameter a 400 names. */
        public String invalidParameter() {
            return exception instanceof RequestRefused refused ? refused.field() : null;
        }
    }
}
