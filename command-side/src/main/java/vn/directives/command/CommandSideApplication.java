package vn.directives.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The command side: accepts commands over HTTP and stores the resulting events. */
@SpringBootApplication
public class CommandSideApplication {

    /** Configuration lives in {@code command-side.yml} so both sides can share one classpath in tests. */
    public static final String CONFIG_NAME = "spring.config.name=command-side";

    public static void main(String[] args) {
        new SpringApplicationBuilder(CommandSideApplication.class).properties(CONFIG_NAME).run(args);
    }
}
