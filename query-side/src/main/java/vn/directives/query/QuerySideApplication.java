package vn.directives.query;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The query side: follows the event store and answers questions from its read models. */
@SpringBootApplication
public class QuerySideApplication {

    /** Configuration lives in {@code query-side.yml} so both sides can share one classpath in tests. */
    public static final String CONFIG_NAME = "spring.config.name=query-side";

    public static void main(String[] args) {
        new SpringApplicationBuilder(QuerySideApplication.class).properties(CONFIG_NAME).run(args);
    }
}
