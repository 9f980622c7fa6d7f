package vn.directives.command.support;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * An identity provider for tests of the OIDC mode: an RSA key pair made here, its public key as a
 * PEM file for the application to trust, and signed JWTs with the claims the service reads.
 */
public final class TestTokens {

    public static final String ISSUER = "https://sso.tinhuy.example/realms/directives";

    private final KeyPair key;

    private TestTokens(KeyPair key) {
        this.key = key;
    }

    /** A new issuer with a key of its own. */
    public static TestTokens newIssuer() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new TestTokens(generator.generateKeyPair());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as a PEM file (deleted when the JVM exits), for {@code public-key-location}. */
    public Path publicKeyFile() {
        try {
            Path file = Files.createTempFile("issuer", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
            return file;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A signed token naming the user, their roles and unit (null: no unit claim), valid until {@code expires}. */
    public String token(String user, List<String> roles, String unit, Instant expires) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).subject("sub-" + user)
                .claim("preferred_username", user).claim("roles", roles)
                .issueTime(Date.from(expires.minusSeconds(600))).expirationTime(Date.from(expires));
        if (unit != null) {
            claims.claim("unit", unit);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
