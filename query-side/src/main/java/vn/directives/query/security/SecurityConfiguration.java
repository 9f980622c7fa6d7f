package vn.directives.query.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may read what on the query side. Health stays open; operations (processors, rebuilds,
 * reconciliation) need ADMINISTRATOR, the audit trail INSPECTOR; the board, deadlines, workload,
 * timelines and reports are read by the business roles. Stateless, as on the command side.
 */
@Configuration
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    @Bean
    AccountAuthentication accountAuthentication(Accounts accounts, SecuritySettings settings) {
        return new AccountAuthentication(accounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                new CredentialCache(settings.credentialCacheTtl()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings, SecurityLog log,
                                            JsonMapper json, AccountAuthentication accounts) {
        Refusals refusals = new Refusals(log, json,
                settings.oidcMode() ? "Bearer" : "Basic realm=\"directives\", charset=\"UTF-8\"");
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/api/admin/**", "/actuator/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/api/audit/**").hasRole("INSPECTOR")
                        // any method: an unsupported one then answers 405 from Spring MVC, as before sign-in
                        .requestMatchers("/api/**").hasAnyRole("ORGANIZATION_COMMITTEE",
                                "STEERING_MEMBER", "UNIT_OFFICER", "STANDING_COMMITTEE", "INSPECTOR")
                        .anyRequest().authenticated())
                .exceptionHandling(handling -> handling.authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
        if (settings.oidcMode()) {
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.decoder(TokenUsers.decoder(settings.oidc()))
                            .jwtAuthenticationConverter(new TokenUsers(settings.oidc())))
                    .authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
        } else {
            http.authenticationProvider(accounts)
                    .httpBasic(basic -> basic.authenticationEntryPoint(refusals));
        }
        return http.build();
    }

    /** The workspace's pages: signed in on a page, in a session, CSRF on every form. */
    @Bean
    SecurityFilterChain pagesFilterChain(HttpSecurity http, AccountAuthentication accounts) {
        http.authenticationProvider(accounts)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/signin", "/assets/**", "/webjars/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/signin").loginProcessingUrl("/signin").defaultSuccessUrl("/"))
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/signin?signedout"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED));
        return http.build();
    }
}
