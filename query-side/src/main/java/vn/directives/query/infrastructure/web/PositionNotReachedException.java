package vn.directives.query.infrastructure.web;

import java.time.Duration;
import java.util.List;

/** The read models did not catch up with the position a client asked to read at, in time. */
class PositionNotReachedException extends RuntimeException {

    private final long position;
    private final Duration waited;
    private final List<String> behind;

    PositionNotReachedException(long position, Duration waited, List<String> behind) {
        super("position " + position + " not reached by " + behind);
        this.position = position;
        this.waited = waited;
        this.behind = List.copyOf(behind);
    }

    long position() {
        return position;
    }

    Duration waited() {
        return waited;
    }

    List<String> behind() {
        return behind;
    }
}
