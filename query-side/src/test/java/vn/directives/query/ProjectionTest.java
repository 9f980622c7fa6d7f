package vn.directives.query;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The query side on a random port against the real database, with the projections under test
 * detached from the event store: their processors run in subscribing mode, and nothing in this
 * JVM publishes events, so only what a test hands to {@link ProjectionDriver} reaches them. The
 * context is closed after each test class, so that the other processors it runs release their
 * token claims for the instances later tests start. Test classes call {@link CommandSideMigrations#apply()}
 * from a {@link BeforeAll} method: the query side follows the command side's event store.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                QuerySideApplication.CONFIG_NAME,
                "axon.eventhandling.processors.enterprise-picture.mode=subscribing",
                "axon.eventhandling.processors.units-in-time.mode=subscribing",
                "axon.eventhandling.processors.steering-committee.mode=subscribing",
                "axon.eventhandling.processors.notifications.mode=subscribing"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface ProjectionTest {
}
