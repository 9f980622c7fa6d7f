package vn.directives.query.infrastructure;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import vn.directives.platform.eventstore.CommitNotice;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Wakes the event store's shared reader when the command side commits events: a connection of its
 * own (outside the pool: a pooled connection would keep listening, and collecting notices, after it
 * went back) {@code LISTEN}s to {@link CommitNotice#CHANNEL}, and each notice makes the reader look at once
 * instead of after its fetch delay ({@code directives.events.fetch-delay}, which stays the fallback
 * for writers that send no notice and while this connection is down).
 * <p>
 * A committed event may not be readable yet: the reader stops before a row whose transaction began
 * writing after an older one that is still open (docs/event-store.md), often one of this side's own
 * batches, which sends no notice when it ends. So after the last notice the reader is woken again a
 * few times, {@link #FOLLOW_UPS} after it, each wake one indexed read of the head.
 */
final class CommitListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CommitListener.class);

    /** When the reader is woken again after the last notice, in milliseconds since it. */
    static final long[] FOLLOW_UPS = {10, 30, 70};

    private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(2);
    private static final int IDLE_WAIT_MILLIS = 5_000;
    /** How long the connection may stay quiet before a statement checks that it still answers. */
    private static final long CHECK_AFTER_NANOS = Duration.ofSeconds(30).toNanos();

    private final String url;
    private final Properties login;
    private final WakeableEventStore store;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;

    CommitListener(String url, String user, String password, WakeableEventStore store) {
        this.url = url;
        this.login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        login.setProperty("ApplicationName", "query-side commit listener");
        // a network gone silent ends the wait after this long, and the connection is opened again
        login.setProperty("socketTimeout", "60");
        this.store = store;
    }

    @Override
    public void start() {
        running = true;
        Thread listening = new Thread(this::listen, "event-commit-listener");
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
        }
        closeQuietly(connection); // ends a wait for notices at once
        if (listening != null) {
            try {
                listening.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean failedBefore = false;
        while (running) {
            try (Connection listening = DriverManager.getConnection(url, login)) {
                connection = listening;
                listening.setAutoCommit(true);
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CommitNotice.CHANNEL);
                }
                if (failedBefore) {
                    log.info("listening for commit notices again");
                    failedBefore = false;
                }
                store.wake(); // whatever committed while nobody listened
                follow(listening);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (!failedBefore) {
                    // the fetch delay keeps the read models following meanwhile, only later
                    log.warn("not listening for commit notices ({}); retrying every {} s", e.getClass().getName(),
                            RECONNECT_PAUSE.toSeconds());
                    failedBefore = true;
                }
                try {
                    Thread.sleep(RECONNECT_PAUSE.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            } finally {
                connection = null;
            }
        }
    }

    /** Wakes the reader at each notice and at the follow-ups after the last one, until stopped. */
    private void follow(Connection connection) throws SQLException {
        PGConnection listening = connection.unwrap(PGConnection.class);
        long lastNotice = 0;
        long lastHeard = System.nanoTime();
        int followUp = FOLLOW_UPS.length;
        while (running) {
            if (System.nanoTime() - lastHeard > CHECK_AFTER_NANOS) {
                // waiting for notices sends nothing, so a silent network would go unnoticed
                try (Statement check = connection.createStatement()) {
                    check.execute("SELECT 1");
                }
                lastHeard = System.nanoTime();
            }
            int wait = IDLE_WAIT_MILLIS;
            if (followUp < FOLLOW_UPS.length) {
                long due = lastNotice + FOLLOW_UPS[followUp] * 1_000_000;
                wait = (int) Math.max(1, (due - System.nanoTime()) / 1_000_000);
            }
            PGNotification[] notices = listening.getNotifications(wait);
            if (notices != null && notices.length > 0) {
                lastNotice = System.nanoTime();
                lastHeard = lastNotice;
                followUp = 0;
                store.wake();
            } else if (followUp < FOLLOW_UPS.length
                    && System.nanoTime() - lastNotice >= FOLLOW_UPS[followUp] * 1_000_000) {
                followUp++;
                store.wake();
            }
        }
    }

    private static void closeQuietly(Connection open) {
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // closing to stop: nothing left to do with it
            }
        }
    }
}
