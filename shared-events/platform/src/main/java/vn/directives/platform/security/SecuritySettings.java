package vn.directives.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code directives.security.*}: the sign-in mode ({@code embedded}: our accounts, HTTP Basic for
 * the API and a sign-in page for the workspace; {@code oidc}: the province's identity provider,
 * bearer JWTs for the API and its sign-in page for the workspace), the credential cache, sign-in
 * throttling and the OIDC claims. Both sides read the same settings.
 */
@ConfigurationProperties("directives.security")
public record SecuritySettings(@DefaultValue("embedded") String mode,
                               @DefaultValue("60s") Duration credentialCacheTtl,
                               @DefaultValue Oidc oidc,
                               @DefaultValue Throttle throttle) {

    /** Where tokens come from and which claims name the user, their roles and unit. */
    public record Oidc(@DefaultValue("") String issuerUri, @DefaultValue("") String jwkSetUri,
                       @DefaultValue("") String publicKeyLocation,
                       @DefaultValue("preferred_username") String userClaim,
                       @DefaultValue("roles") String rolesClaim, @DefaultValue("unit") String unitClaim) {
    }

    /**
     * After {@code accountFailures} wrong passwords for one account, or {@code addressFailures}
     * from one client address, further attempts are refused unchecked until {@code window} has
     * passed without any attempt.
     */
    public record Throttle(@DefaultValue("5") int accountFailures, @DefaultValue("20") int addressFailures,
                           @DefaultValue("5m") Duration window) {
    }

    public boolean oidcMode() {
        return "oidc".equalsIgnoreCase(mode);
    }
}
