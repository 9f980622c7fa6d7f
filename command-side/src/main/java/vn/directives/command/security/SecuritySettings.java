package vn.directives.command.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code directives.security.*}: the sign-in mode ({@code embedded}: our accounts and HTTP Basic;
 * {@code oidc}: bearer JWTs of an identity provider), the credential cache, the first
 * administrator and the OIDC claims.
 */
@ConfigurationProperties("directives.security")
record SecuritySettings(String mode, Duration credentialCacheTtl, FirstAdministrator firstAdministrator, Oidc oidc) {

    record FirstAdministrator(String username, String password, String passwordFile) {
    }

    record Oidc(String issuerUri, String jwkSetUri, String publicKeyLocation, String userClaim, String rolesClaim,
                String unitClaim) {
    }

    boolean oidcMode() {
        return "oidc".equalsIgnoreCase(mode);
    }
}
