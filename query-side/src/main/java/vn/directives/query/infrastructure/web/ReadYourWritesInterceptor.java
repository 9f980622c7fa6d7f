package vn.directives.query.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.directives.platform.web.RequestRefused;
import vn.directives.query.infrastructure.ProcessorPositions;
import vn.directives.query.infrastructure.ProcessorTokens;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Read your own writes: a read carrying {@code ?position=N} (or the header {@code X-Min-Position: N}),
 * N being the {@code X-Event-Position} a command answered, waits until every processor of the query
 * side, on every instance, has moved past event N, so that whatever read model it reads includes
 * that command. The wait is bounded; past it the read answers 503 with {@code Retry-After}.
 */
class ReadYourWritesInterceptor implements HandlerInterceptor {

    static final String PARAMETER = "position";
    static final String HEADER = "X-Min-Position";
    private static final Pattern POSITION = Pattern.compile("\\d{1,18}");

    private final ProcessorPositions positions;
    private final Duration timeout;
    private final Duration pollInterval;

    ReadYourWritesInterceptor(ProcessorPositions positions, Duration timeout, Duration pollInterval) {
        this.positions = positions;
        this.timeout = timeout;
        this.pollInterval = pollInterval;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read || !(handler instanceof HandlerMethod)) {
            return true;
        }
        long wanted = Math.max(parse(request.getParameter(PARAMETER), PARAMETER),
                parse(request.getHeader(HEADER), HEADER));
        if (wanted <= 0) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> behind = behind(wanted);
        while (!behind.isEmpty()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new PositionNotReachedException(wanted, timeout, behind);
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PositionNotReachedException(wanted, timeout, behind);
            }
            behind = behind(wanted);
        }
        return true;
    }

    private List<String> behind(long position) {
        return positions.all().stream()
                .filter(processor -> !processor.covers(position))
                .map(ProcessorTokens::name)
                .toList();
    }

    private static long parse(String value, String name) {
        if (value == null) {
            return 0;
        }
        if (!POSITION.matcher(value.trim()).matches()) {
            throw RequestRefused.invalid(name, "position-format",
                    "'" + name + "' phải là số nguyên không âm: vị trí sự kiện (X-Event-Position) "
                            + "do phía ghi trả về.",
                    "'" + name + "' must be a non-negative integer: an event position (X-Event-Position) "
                            + "the command side returned.");
        }
        return Long.parseLong(value.trim());
    }
}
