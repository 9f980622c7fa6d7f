package vn.directives.query.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code directives.security.*}: the sign-in mode ({@code embedded}: our accounts and HTTP Basic;
 * {@code oidc}: bearer JWTs of an identity provider), the credential cache and the OIDC
 * claims. The same settings as the command side's, whose accounts this side reads.
 */
@ConfigurationProperties("directives.security")
record SecuritySettings(String mode, Duration credentialCacheTtl, Oidc oidc) {

    record Oidc(String issuerUri, String jwkSetUri, String publicKeyLocation, String userClaim, String rolesClaim,
                String unitClaim) {
    }

    boolean oidcMode() {
        return "oidc".equalsIgnoreCase(mode);
    }
}
