package vn.directives.query;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import vn.directives.command.CommandSideApplication;

/**
 * The command side's Flyway migrations, run with the command side's own configuration
 * ({@code command-side.yml}) and nothing else of it: the event store tables exist afterwards.
 */
@ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
public final class CommandSideMigrations {

    private CommandSideMigrations() {
    }

    /** The arguments of the migrations this JVM has applied: each database is migrated once per test JVM. */
    private static final java.util.Set<java.util.List<String>> APPLIED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Applies the migrations once per JVM and database: about 30 test classes ask for them, and each
     * run starts a small application and validates every migration (1 to 2 seconds); no test drops the
     * command side's schema afterwards.
     *
     * @param args command-line properties, e.g. {@code --spring.datasource.url=} of another database
     */
    public static synchronized void apply(String... args) {
        if (APPLIED.contains(java.util.List.of(args))) {
            return;
        }
        new SpringApplicationBuilder(CommandSideMigrations.class)
                .web(WebApplicationType.NONE)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run(args)
                .close();
        APPLIED.add(java.util.List.of(args));
    }
}
