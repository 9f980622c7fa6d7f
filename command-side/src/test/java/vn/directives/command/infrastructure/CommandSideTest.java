package vn.directives.command.infrastructure;

import org.springframework.boot.test.context.SpringBootTest;
import vn.directives.command.CommandSideApplication;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The command side on a random port against the real PostgreSQL of {@code deploy/test}. One
 * annotation for every such test, so that they share one cached application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {CommandSideApplication.CONFIG_NAME,
                // small chunks, so that every import in the tests runs in several (the default is 500 rows)
                "directives.command.import.chunk-rows=2"})
public @interface CommandSideTest {
}
