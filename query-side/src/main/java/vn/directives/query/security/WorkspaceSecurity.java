package vn.directives.query.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.directives.platform.security.AccountAuthentication;
import vn.directives.platform.security.ApiSecurity;
import vn.directives.platform.security.SecurityLog;
import vn.directives.platform.security.SecuritySettings;

/**
 * The workspace: people sign in on a page ({@code GET /signin}, form {@code POST /signin}), never
 * through the browser's Basic prompt, and sign out with {@code POST /signout}. The session lives
 * in PostgreSQL (Spring Session JDBC), so any instance serves it and a restart signs nobody out;
 * it ends after the idle timeout. Every form carries a CSRF token. Static assets and the sign-in
 * page are open; every other page needs a signed-in user (pages decide on roles themselves).
 * In {@code oidc} mode the sign-in page sends people to the identity provider instead
 * ({@link WorkspaceOidc}).
 */
@Configuration
class WorkspaceSecurity {

    static final String[] OPEN = {"/signin", "/error", "/favicon.ico", "/css/**", "/js/**", "/images/**",
            "/fonts/**", "/webjars/**", "/assets/**"};

    @Bean
    @Order(2)
    SecurityFilterChain workspaceChain(HttpSecurity http, SecuritySettings settings, SecurityLog log,
                                       AccountAuthentication accounts,
                                       @Value("${directives.workspace.oidc.client-id:directives-workspace}") String clientId,
                                       @Value("${directives.workspace.oidc.client-secret:}") String clientSecret) {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN).permitAll()
                        .anyRequest().authenticated())
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin?signedout"));
        if (settings.oidcMode()) {
            WorkspaceOidc.apply(http, settings.oidc(), clientId, clientSecret);
            return http.build();
        }
        SignInFailures failures = new SignInFailures(log);
        http.formLogin(form -> form.loginPage("/signin").loginProcessingUrl("/signin")
                        .usernameParameter("username").passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failures))
                .authenticationManager(ApiSecurity.onlyOurAccounts(accounts));
        return http.build();
    }
}
