package vn.directives.query.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import vn.directives.platform.security.AccountAuthentication;
import vn.directives.platform.security.ApiSecurity;
import vn.directives.platform.security.PlatformSecurity;
import vn.directives.platform.security.Refusals;
import vn.directives.platform.security.SecurityLog;
import vn.directives.platform.security.SecuritySettings;

import java.time.Clock;

/**
 * Who may read what on the query side, in two chains. The API (and operations, and the API
 * description) is stateless, as on the command side: health stays open; operations (processors,
 * rebuilds, reconciliation) need ADMINISTRATOR, the audit trail INSPECTOR; the board, deadlines,
 * workload, timelines and reports are read by the business roles. A call carries Basic or a bearer
 * token, or (from the command side, fetching a report as a person signed in on the workspace) the
 * id of a workspace session in a header, read by {@link SessionFromHeader}. Everything else is the
 * workspace, for people in a browser: see {@link WorkspaceSecurity}.
 */
@Configuration
@Import({PlatformSecurity.class, WorkspaceSecurity.class})
class SecurityConfiguration {

    /** Paths of the API chain; every other path belongs to the workspace. */
    static final String[] API = {"/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**",
            "/swagger-ui.html",
            "/swagger-ui/**"};

    @Bean
    SecurityLog securityLog(JdbcTemplate jdbc) {
        return new SecurityLog(jdbc, Clock.systemUTC(), "query.security_log", "query",
                request -> request.getHeader("X-Request-Id"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, SecuritySettings settings, Refusals refusals,
                                 AccountAuthentication accounts, SessionRepository<? extends Session> sessions) {
        ApiSecurity.apply(http.securityMatcher(API), settings, refusals, accounts)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(), new SessionFromHeader(sessions))))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/api/admin/**", "/actuator/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/api/audit/**").hasRole("INSPECTOR")
                        // any method: an unsupported one then answers 405 from Spring MVC, as before sign-in
                        .requestMatchers("/api/**").hasAnyRole("ORGANIZATION_COMMITTEE",
                                "STEERING_MEMBER", "UNIT_OFFICER", "STANDING_COMMITTEE", "INSPECTOR")
                        .anyRequest().authenticated());
        return http.build();
    }
}
