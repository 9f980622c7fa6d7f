package vn.directives.query.infrastructure.web;

import vn.directives.platform.web.RequestRefused;
import org.springframework.http.HttpStatus;

import java.time.Duration;

/**
 * The time an expensive read (a report, an export, an audit search) may take, bound to the thread
 * that serves it ({@link ExpensiveReads}). Long loops call {@link #check()}; JDBC statements take
 * the remaining time as their query timeout ({@link DeadlineAwareJdbcTemplate}). Past it, the read
 * stops and answers 503 with a problem document instead of holding a thread and a connection.
 */
public final class ReadDeadline {

    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private ReadDeadline() {
    }

    static void start(Duration limit) {
        DEADLINE.set(System.nanoTime() + limit.toNanos());
    }

    static void clear() {
        DEADLINE.remove();
    }

    /** Throws when the current read is past its time limit; does nothing outside an expensive read. */
    public static void check() {
        Long deadline = DEADLINE.get();
        if (deadline != null && System.nanoTime() - deadline >= 0) {
            throw exceeded();
        }
    }

    /** Whole seconds left (at least 1), or 0 outside an expensive read; throws when none are left. */
    static int remainingSeconds() {
        Long deadline = DEADLINE.get();
        if (deadline == null) {
            return 0;
        }
        check();
        long nanos = deadline - System.nanoTime();
        return (int) Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    static boolean active() {
        return DEADLINE.get() != null;
    }

    static RequestRefused exceeded() {
        return new RequestRefused(HttpStatus.SERVICE_UNAVAILABLE, "read-time-limit", null,
                "Yêu cầu đọc này vượt quá thời gian cho phép; hãy thu hẹp phạm vi (kỳ, số dòng) hoặc thử lại sau.",
                "This read took longer than its time limit; narrow it (period, number of rows) or try again later.");
    }
}
