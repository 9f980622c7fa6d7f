package vn.directives.query.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.directives.platform.web.RequestRefused;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Read your own writes: a read carrying {@code ?position=N} (or the header {@code X-Min-Position: N}),
 * N being the {@code X-Event-Position} a command answered, waits ({@link ReadYourWrites}) until every
 * processor of the query side, on every instance, has moved past event N, so that whatever read
 * model it reads includes that command. The wait is bounded; past it the read answers 503 with {@code Retry-After}.
 */
class ReadYourWritesInterceptor implements HandlerInterceptor {

    static final String PARAMETER = "position";
    static final String HEADER = "X-Min-Position";
    private static final Pattern POSITION = Pattern.compile("\\d{1,18}");

    private final ReadYourWrites readYourWrites;

    ReadYourWritesInterceptor(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
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
        List<String> behind = readYourWrites.await(wanted);
        if (!behind.isEmpty()) {
            throw new PositionNotReachedException(wanted, readYourWrites.timeout(), behind);
        }
        return true;
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
