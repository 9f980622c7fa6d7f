package vn.directives.query.report;

import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.directives.command.CommandSideApplication;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;
import vn.directives.query.QuerySideClient;
import vn.directives.query.consistency.CommandClient;

import java.time.Clock;

/**
 * The command side and the query side in this JVM on random ports, on the database of their own
 * that deploy/test provisions ({@code DIRECTIVES_ISOLATED_DB_URL}): indicators count every
 * enterprise of the province, so the report's figures are exact only where no other test records
 * enterprises effective in the report's years. The command side and Axon's event timestamps run
 * on a {@link SettableClock}; {@link #close()} gives Axon its own clock back.
 */
final class ReportSides implements AutoCloseable {

    final SettableClock clock = new SettableClock();
    final ConfigurableApplicationContext querySide;
    final ConfigurableApplicationContext commandSide;
    final CommandClient commands;
    final QuerySideClient queries;

    ReportSides() {
        String database = System.getenv().getOrDefault("DIRECTIVES_ISOLATED_DB_URL",
                System.getenv().getOrDefault("DIRECTIVES_DB_URL", "jdbc:postgresql://127.0.0.1:55432/directives"));
        CommandSideMigrations.apply("--spring.datasource.url=" + database);
        querySide = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0", "--spring.datasource.url=" + database);
        queries = new QuerySideClient(querySide.getEnvironment());
        String queryBase = "http://localhost:" + querySide.getEnvironment().getRequiredProperty("local.server.port");
        commandSide = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .initializers(context -> context.getBeanFactory().registerSingleton("settableClock", clock))
                .run("--server.port=0", "--spring.datasource.url=" + database,
                        "--directives.query-side.base-url=" + queryBase);
        commands = new CommandClient(
                "http://localhost:" + commandSide.getEnvironment().getRequiredProperty("local.server.port"));
        GenericEventMessage.clock = clock;
    }

    @Override
    public void close() {
        GenericEventMessage.clock = Clock.systemUTC();
        commandSide.close();
        querySide.close();
    }
}
