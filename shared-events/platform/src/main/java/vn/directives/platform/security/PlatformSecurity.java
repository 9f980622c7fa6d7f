package vn.directives.platform.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sign-in pieces both sides use, imported by each side's security configuration. Each side
 * declares its own {@link SecurityLog} bean (its own table) and its own filter chains, built with
 * {@link ApiSecurity}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
public class PlatformSecurity {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Accounts accounts(JdbcTemplate jdbc) {
        return new Accounts(jdbc);
    }

    @Bean
    CredentialCache credentialCache(SecuritySettings settings) {
        return new CredentialCache(settings.credentialCacheTtl());
    }

    @Bean
    SignInThrottle signInThrottle(SecuritySettings settings) {
        return new SignInThrottle(settings.throttle());
    }

    @Bean
    AccountAuthentication accountAuthentication(Accounts accounts, PasswordEncoder encoder, CredentialCache cache,
                                                SignInThrottle throttle) {
        return new AccountAuthentication(accounts, encoder, cache, throttle);
    }

    @Bean
    Refusals refusals(SecurityLog log, JsonMapper json, SecuritySettings settings) {
        return new Refusals(log, json, settings.oidcMode() ? "Bearer" : "Basic realm=\"directives\", charset=\"UTF-8\"");
    }
}
