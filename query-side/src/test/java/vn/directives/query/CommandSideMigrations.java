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

    /** @param args command-line properties, e.g. {@code --spring.datasource.url=} of another database */
    public static void apply(String... args) {
        new SpringApplicationBuilder(CommandSideMigrations.class)
                .web(WebApplicationType.NONE)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run(args)
                .close();
    }
}
