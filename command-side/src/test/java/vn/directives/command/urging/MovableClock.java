package vn.directives.command.urging;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock in the province's time zone that a test sets: deadlines fall due without waiting. */
final class MovableClock extends Clock {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AtomicReference<Instant> now;

    MovableClock(LocalDateTime localTime) {
        this.now = new AtomicReference<>(localTime.atZone(HANOI).toInstant());
    }

    void set(LocalDateTime localTime) {
        now.set(localTime.atZone(HANOI).toInstant());
    }

    @Override
    public ZoneId getZone() {
        return HANOI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The province's clock has one zone");
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
