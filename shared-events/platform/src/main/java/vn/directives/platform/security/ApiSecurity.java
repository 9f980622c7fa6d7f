package vn.directives.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;

/**
 * How both sides authenticate their API: HTTP Basic against our accounts (embedded mode) or bearer
 * JWTs of the identity provider (oidc mode), refusals as problem documents, no CSRF (no cookie
 * authenticates an API call, so there is nothing to forge) and no saved requests. Each side adds
 * who may call what, and its own session policy.
 */
public final class ApiSecurity {

    private ApiSecurity() {
    }

    public static HttpSecurity apply(HttpSecurity http, SecuritySettings settings, Refusals refusals,
                                     AccountAuthentication accounts) {
        http.csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
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
        return http;
    }
}
