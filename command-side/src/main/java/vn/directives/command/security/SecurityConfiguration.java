package vn.directives.command.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.session.web.http.HeaderHttpSessionIdResolver;
import org.springframework.session.web.http.HttpSessionIdResolver;
import vn.directives.command.infrastructure.web.RequestIdFilter;
import vn.directives.platform.security.AccountAuthentication;
import vn.directives.platform.security.ApiSecurity;
import vn.directives.platform.security.PlatformSecurity;
import vn.directives.platform.security.Refusals;
import vn.directives.platform.security.SecurityLog;
import vn.directives.platform.security.SecuritySettings;

import java.time.Clock;

/**
 * Who may call what on the command side. Health stays open; accounts and operations need
 * ADMINISTRATOR, the audit trail INSPECTOR; commands need a role that can act (Organization
 * Committee, Steering Committee member, unit officer) and the aggregates then decide whether
 * this user may take this step on this thing.
 * <p>
 * A request carries its credentials (Basic or bearer), or the id of a workspace session in the
 * {@value #SESSION_HEADER} header: the workspace (query side) forwards the commands of a signed-in
 * user that way. The session is read from PostgreSQL, where the query side keeps it; it is never
 * taken from a cookie, so a browser cannot be made to send a command here (no CSRF surface), and
 * this side never creates a session.
 */
@Configuration
@Import(PlatformSecurity.class)
@EnableConfigurationProperties(FirstAdministratorSettings.class)
class SecurityConfiguration {

    /** The header that carries a workspace session's id. */
    static final String SESSION_HEADER = ApiSecurity.WORKSPACE_SESSION_HEADER;

    @Bean
    SecurityLog securityLog(JdbcTemplate jdbc, Clock clock) {
        return new SecurityLog(jdbc, clock, "security.security_log", "command", RequestIdFilter::of);
    }

    @Bean
    HttpSessionIdResolver workspaceSessionsFromHeader() {
        return new HeaderHttpSessionIdResolver(SESSION_HEADER);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings, Refusals refusals,
                                            AccountAuthentication accounts) {
        ApiSecurity.apply(http, settings, refusals, accounts)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/api/accounts", "/api/accounts/**", "/actuator/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/api/audit/**").hasRole("INSPECTOR")
                        .requestMatchers(HttpMethod.POST, "/api/**")
                        .hasAnyRole("ORGANIZATION_COMMITTEE", "STEERING_MEMBER", "UNIT_OFFICER")
                        .anyRequest().authenticated());
        return http.build();
    }
}
