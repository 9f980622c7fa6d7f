package vn.directives.query.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A clock the test sets: the command side's "today" and the time Axon stamps on events, so that a
 * history can be recorded on the days it would have been recorded (a completion entered five days
 * after the cut-off, a unit dissolved two years later).
 */
final class SettableClock extends Clock {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant now = Instant.now();

    /** Recording happens at 10:00 in Vietnam on the given day, a second later at each call. */
    void recordOn(LocalDate day) {
        Instant morning = day.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant();
        now = now.isAfter(morning) && now.isBefore(morning.plusSeconds(3600)) ? now.plusSeconds(1) : morning;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
