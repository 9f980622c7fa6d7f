package vn.directives.query.infrastructure.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** How many expensive reads each user is running on this instance. */
@Component
public class ExpensiveReadPermits {

    private final int perUser;
    private final ConcurrentMap<String, Integer> running = new ConcurrentHashMap<>();

    ExpensiveReadPermits(@Value("${directives.expensive-reads.per-user:2}") int perUser) {
        this.perUser = perUser;
    }

    public boolean tryAcquire(String user) {
        boolean[] acquired = {false};
        running.compute(user, (u, count) -> {
            int held = count == null ? 0 : count;
            acquired[0] = held < perUser;
            return acquired[0] ? held + 1 : count;
        });
        return acquired[0];
    }

    public void release(String user) {
        running.computeIfPresent(user, (u, count) -> count <= 1 ? null : count - 1);
    }

    int perUser() {
        return perUser;
    }
}
