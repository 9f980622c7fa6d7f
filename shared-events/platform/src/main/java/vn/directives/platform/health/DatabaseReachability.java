package vn.directives.platform.health;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the database answers, decided within a fixed budget (800 ms by default) whatever the
 * database does: stopped (connection refused), frozen (SIGSTOP: the kernel accepts the connection
 * and nothing ever answers) or cut off. It keeps one connection of its own, outside the
 * application's pool, with one-second driver timeouts, so a pool exhausted or waiting for its own
 * 30-second timeout never delays the answer. At most one check runs at a time; a probe that
 * exceeds the budget is answered DOWN and left to end by its own timeouts.
 */
final class DatabaseReachability implements HealthIndicator {

    private final String url;
    private final Properties properties = new Properties();
    private final Duration budget;
    private final ExecutorService probes = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-health");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Health> running;
    private Connection connection;

    DatabaseReachability(String url, String user, String password, Duration budget) {
        this.url = url;
        this.budget = budget;
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "1");
        properties.setProperty("loginTimeout", "1");
        properties.setProperty("socketTimeout", "1");
        properties.setProperty("ApplicationName", "health-check");
        // connect now: the first probe of a cold JVM also loads the driver, which may take longer than the budget
        check();
    }

    @Override
    public Health health() {
        CompletableFuture<Health> check = check();
        try {
            return check.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("reason", "no answer within " + budget.toMillis() + " ms").build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("reason", "interrupted").build();
        } catch (ExecutionException e) {
            return Health.down().withDetail("reason", e.getCause().getClass().getSimpleName()).build();
        }
    }

    private synchronized CompletableFuture<Health> check() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(this::probe, probes);
        }
        return running;
    }

    private Health probe() {
        try {
            if (connection == null || connection.isClosed()) {
                connection = DriverManager.getConnection(url, properties);
            }
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(1);
                statement.execute("SELECT 1");
            }
            return Health.up().build();
        } catch (SQLException e) {
            close();
            // the SQL state says what kind of failure without quoting anything the server said
            return Health.down().withDetail("reason", e.getClass().getSimpleName())
                    .withDetail("sqlState", String.valueOf(e.getSQLState())).build();
        }
    }

    private void close() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // the connection is broken already; the next probe opens a new one
        }
        connection = null;
    }
}
