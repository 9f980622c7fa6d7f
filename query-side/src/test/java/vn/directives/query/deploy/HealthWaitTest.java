package vn.directives.query.deploy;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/run's wait for a side to become healthy (deploy/wait-healthy): how long it waits is a
 * setting, and while it waits and when it gives up it names the side still starting.
 */
class HealthWaitTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void a_side_still_starting_is_named_and_the_wait_is_the_configured_one() throws Exception {
        Process starting = new ProcessBuilder("sleep", "60").start();
        try (ServerSocket unused = new ServerSocket(0)) {
            int silentPort = unused.getLocalPort();
            unused.close();
            long began = System.nanoTime();
            Result result = waitHealthy("query-side", silentPort, starting.pid(), "2");
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began);

            assertThat(result.exit()).isEqualTo(1);
            assertThat(result.output()).contains("query-side is still starting after 2 s")
                    .contains("DIRECTIVES_HEALTH_WAIT_SECONDS");
            assertThat(seconds).as("gave up after the configured wait, not a fixed one").isLessThan(30);
        } finally {
            starting.destroy();
        }
    }

    @Test
    void a_healthy_side_is_reported_up() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Process starting = new ProcessBuilder("sleep", "60").start();
        try {
            Result result = waitHealthy("command-side", server.getAddress().getPort(), starting.pid(), "30");
            assertThat(result.exit()).as(result.output()).isZero();
            assertThat(result.output()).contains("command-side is up");
        } finally {
            starting.destroy();
            server.stop(0);
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result waitHealthy(String side, int port, long pid, String waitSeconds) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("deploy/wait-healthy").toString(), side,
                Integer.toString(port), Long.toString(pid), "/dev/null").redirectErrorStream(true);
        builder.environment().put("DIRECTIVES_HEALTH_WAIT_SECONDS", waitSeconds);
        Process wait = builder.start();
        String output = new String(wait.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wait.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(wait.exitValue(), output);
    }
}
