package vn.directives.command.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what on the command side. Health stays open; accounts and operations need
 * ADMINISTRATOR, the audit trail INSPECTOR; commands need a role that can act (Organization
 * Committee, Steering Committee member, unit officer) and the aggregates then decide whether
 * this user may take this step on this thing. Stateless: every request carries its credentials.
 */
@Configuration
@EnableConfigurationProperties(SecuritySettings.class)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    CredentialCache credentialCache(SecuritySettings settings) {
        return new CredentialCache(settings.credentialCacheTtl());
    }

    @Bean
    AccountAuthentication accountAuthentication(Accounts accounts, PasswordEncoder encoder, CredentialCache cache) {
        return new AccountAuthentication(accounts, encoder, cache);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings, SecurityLog log,
                                            JsonMapper json, AccountAuthentication accounts) {
        Refusals refusals = new Refusals(log, json,
                settings.oidcMode() ? "Bearer" : "Basic realm=\"directives\", charset=\"UTF-8\"");
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/api/accounts", "/api/accounts/**", "/actuator/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/api/audit/**").hasRole("INSPECTOR")
                        .requestMatchers(HttpMethod.POST, "/api/**")
                        .hasAnyRole("ORGANIZATION_COMMITTEE", "STEERING_MEMBER", "UNIT_OFFICER")
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
}
