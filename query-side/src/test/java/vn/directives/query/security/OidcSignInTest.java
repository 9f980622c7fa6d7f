package vn.directives.query.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.directives.command.support.TestAccounts;
import vn.directives.command.support.TestTokens;
import vn.directives.query.CommandSideMigrations;
import vn.directives.query.QuerySideApplication;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The query side in OIDC mode, with tokens this test signs: the roles in the token decide what
 * may be read; a token of another key and Basic credentials are refused.
 */
class OidcSignInTest {

    private static final TestTokens ISSUER = TestTokens.newIssuer();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ConfigurableApplicationContext querySide;

    @BeforeAll
    static void start() {
        CommandSideMigrations.apply();
        querySide = new SpringApplicationBuilder(QuerySideApplication.class)
                .properties(QuerySideApplication.CONFIG_NAME)
                .run("--server.port=0", "--directives.security.mode=oidc",
                        "--directives.security.oidc.issuer-uri=" + TestTokens.ISSUER,
                        "--directives.security.oidc.public-key-location=file:" + ISSUER.publicKeyFile());
    }

    @AfterAll
    static void stop() {
        querySide.close();
    }

    @Test
    void the_roles_in_the_token_decide_what_may_be_read() {
        String standing = bearer(ISSUER, "oidc-thuong-vu", "STANDING_COMMITTEE");
        String inspector = bearer(ISSUER, "oidc-kiem-tra", "INSPECTOR");

        assertThat(get("/api/directives", standing)).isEqualTo(200);
        assertThat(get("/api/audit/refusals", standing)).isEqualTo(403);
        assertThat(get("/api/audit/refusals", inspector)).isEqualTo(200);
        assertThat(get("/api/admin/processors", inspector)).isEqualTo(403);
    }

    @Test
    void a_token_of_another_key_and_basic_credentials_are_refused() {
        assertThat(get("/api/directives", bearer(TestTokens.newIssuer(), "oidc-thuong-vu", "STANDING_COMMITTEE")))
                .isEqualTo(401);
        assertThat(get("/api/directives", TestAccounts.reader())).isEqualTo(401);
    }

    private static String bearer(TestTokens issuer, String user, String role) {
        return "Bearer " + issuer.token(user, List.of(role), null, Instant.now().plusSeconds(300));
    }

    private static int get(String path, String authorization) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                            + querySide.getEnvironment().getRequiredProperty("local.server.port") + path))
                    .header("Authorization", authorization).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }
}
