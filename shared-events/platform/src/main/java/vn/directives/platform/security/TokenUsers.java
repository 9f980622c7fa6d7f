package vn.directives.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * OIDC resource-server mode: a bearer JWT from the province's identity provider (Keycloak or
 * another) names the user, their roles and unit in claims, whose names are configurable (Keycloak
 * puts realm roles under {@code realm_access.roles}). Role names the service does not know are
 * ignored; a token without any known role can do nothing but read what needs no role.
 */
public final class TokenUsers implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecuritySettings.Oidc settings;

    public TokenUsers(SecuritySettings.Oidc settings) {
        this.settings = settings;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        SignedInUser user = user(jwt.getClaims());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    /**
     * The user named by a token's claims (an access token's, or the workspace's ID token and user
     * info): the user claim, else the subject; the known roles; the unit.
     */
    public SignedInUser user(Map<String, Object> claims) {
        Object userId = claims.get(settings.userClaim());
        if (userId == null) {
            userId = claims.get("sub");
        }
        Object unit = claims.get(settings.unitClaim());
        return new SignedInUser(String.valueOf(userId), roles(claims), unit == null ? null : unit.toString());
    }

    private Set<Role> roles(Map<String, Object> claims) {
        Object value = claims;
        for (String part : settings.rolesClaim().split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value instanceof Collection<?> names) {
            for (Object name : names) {
                try {
                    roles.add(Role.valueOf(String.valueOf(name).toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException ignored) {
                    // a role of the identity provider that means nothing here
                }
            }
        }
        return roles;
    }

    /** The decoder for the configured issuer: a fixed public key, a JWK set, or the issuer's discovery document. */
    public static JwtDecoder decoder(SecuritySettings.Oidc settings) {
        NimbusJwtDecoder decoder;
        if (!settings.publicKeyLocation().isBlank()) {
            decoder = NimbusJwtDecoder.withPublicKey(publicKey(settings.publicKeyLocation())).build();
        } else if (!settings.jwkSetUri().isBlank()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
        } else if (!settings.issuerUri().isBlank()) {
            return JwtDecoders.fromIssuerLocation(settings.issuerUri());
        } else {
            throw new IllegalStateException("OIDC mode needs directives.security.oidc.issuer-uri, jwk-set-uri "
                    + "or public-key-location");
        }
        decoder.setJwtValidator(settings.issuerUri().isBlank() ? JwtValidators.createDefault()
                : JwtValidators.createDefaultWithIssuer(settings.issuerUri()));
        return decoder;
    }

    private static RSAPublicKey publicKey(String location) {
        try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The public key at " + location + " could not be read", e);
        }
    }
}
