package vn.directives.platform.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;

/**
 * How both sides authenticate their API: HTTP Basic against our accounts (embedded mode) or bearer
 * JWTs of the identity provider (oidc mode), refusals as problem documents, no CSRF (no cookie
 * authenticates an API call, so there is nothing to forge) and no saved requests. Each side adds
 * who may call what, and its own session policy.
 */
public final class ApiSecurity {

    /**
     * The header that carries a workspace session's id between the sides: the workspace sends its
     * signed-in person's commands to the command side with it, and the command side, issuing a
     * report, fetches the documents back from the query side's API with it. Never a cookie, so a
     * browser cannot be made to send it.
     */
    public static final String WORKSPACE_SESSION_HEADER = "X-Auth-Token";

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
            http.authenticationManager(onlyOurAccounts(accounts))
                    .httpBasic(basic -> basic.authenticationEntryPoint(refusals));
        }
        return http;
    }

    /**
     * An authentication manager of our accounts alone, without Spring's global manager behind it:
     * with the global one as parent (it holds the same provider bean), each wrong password was
     * verified twice — two bcrypt runs, and two failures counted by the throttle.
     */
    public static AuthenticationManager onlyOurAccounts(AccountAuthentication accounts) {
        return new ProviderManager(accounts);
    }
}
