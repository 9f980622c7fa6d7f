package vn.directives.query.infrastructure.web;

import vn.directives.platform.web.RequestRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Bounds the reads that scan history: yearly reports (JSON, DOCX, XLSX) and audit searches and
 * exports. Each user may run {@code directives.expensive-reads.per-user} of them at once (2); one
 * more answers 429 with {@code Retry-After} and a problem document, so that one user cannot fill
 * the server's threads and connections. Each may run {@code directives.expensive-reads.time-limit}
 * (55 s, under the 60 s the command side waits for a report it issues); past it, 503.
 */
@Configuration(proxyBeanMethods = false)
class ExpensiveReads implements WebMvcConfigurer, HandlerInterceptor {

    private static final String HELD = ExpensiveReads.class.getName() + ".held";

    private final ExpensiveReadPermits permits;
    private final Duration timeLimit;
    private final int retryAfterSeconds;

    ExpensiveReads(ExpensiveReadPermits permits,
                   @Value("${directives.expensive-reads.time-limit:55s}") Duration timeLimit,
                   @Value("${directives.expensive-reads.retry-after:5s}") Duration retryAfter) {
        this.permits = permits;
        this.timeLimit = timeLimit;
        this.retryAfterSeconds = (int) Math.max(1, retryAfter.toSeconds());
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new DeadlineAwareJdbcTemplate(dataSource);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/api/directives/*/report", "/api/directives/*/report/**", "/api/audit/**",
                        "/api/report-drafts/*/files/**")
                .order(0);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // the security context, not getUserPrincipal(): the stateless chain does not wrap the request
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String user = authentication == null ? "" : authentication.getName();
        if (!permits.tryAcquire(user)) {
            response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
            throw new RequestRefused(HttpStatus.TOO_MANY_REQUESTS, "too-many-expensive-reads", null,
                    "Bạn đang chạy đủ số báo cáo/tra cứu nặng cho phép cùng lúc (" + permits.perUser()
                            + "); hãy đợi một yêu cầu xong rồi thử lại.",
                    "You are already running the allowed number of reports or audit searches at once ("
                            + permits.perUser() + "); wait for one to finish and try again.");
        }
        request.setAttribute(HELD, user);
        ReadDeadline.start(timeLimit);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (request.getAttribute(HELD) instanceof String user) {
            request.removeAttribute(HELD);
            permits.release(user);
        }
        ReadDeadline.clear();
    }
}
