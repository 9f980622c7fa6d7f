package vn.directives.platform.health;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness check answers within its budget whether the database answers, refuses
 * connections (stopped) or accepts them and never replies (frozen by SIGSTOP: the kernel completes
 * the handshake, the server says nothing).
 */
class DatabaseReachabilityTest {

    private static final Duration BUDGET = Duration.ofMillis(800);

    @Test
    void a_running_database_is_up() {
        DatabaseReachability check = new DatabaseReachability(env("DIRECTIVES_DB_URL",
                "jdbc:postgresql://127.0.0.1:55432/directives"), env("DIRECTIVES_QUERY_DB_USER", "directives_query"),
                env("DIRECTIVES_QUERY_DB_PASSWORD", "directives_query"), BUDGET);

        // the first probe of a cold JVM loads the driver and may exceed the budget; a warm one may not
        Health health = check.health();
        for (int attempt = 0; attempt < 10 && !Status.UP.equals(health.getStatus()); attempt++) {
            health = check.health();
        }
        assertThat(health.getStatus()).as(health.getDetails().toString()).isEqualTo(Status.UP);
        assertUpWithinASecond(check);
    }

    @Test
    void a_stopped_database_is_down_within_a_second() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        DatabaseReachability check = checkOn(port);

        assertDownWithinASecond(check);
    }

    @Test
    void a_frozen_database_is_down_within_a_second_at_every_probe() throws IOException {
        try (ServerSocket frozen = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            DatabaseReachability check = checkOn(frozen.getLocalPort());

            assertDownWithinASecond(check);
            assertDownWithinASecond(check);
            assertDownWithinASecond(check);
        }
    }

    private static DatabaseReachability checkOn(int port) {
        return new DatabaseReachability("jdbc:postgresql://127.0.0.1:" + port + "/directives", "nobody", "nothing",
                BUDGET);
    }

    private static void assertDownWithinASecond(DatabaseReachability check) {
        long started = System.nanoTime();
        Health health = check.health();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }

    private static void assertUpWithinASecond(DatabaseReachability check) {
        long started = System.nanoTime();
        Health health = check.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
