package vn.directives.command.security;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directives.command.CommandSideApplication;
import vn.directives.command.support.Api;
import vn.directives.command.support.TestAccounts;
import vn.directives.command.support.TestTokens;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OIDC resource-server mode with tokens this test signs itself (no identity provider runs):
 * the user, roles and unit come from the token's claims, a token from another key, an expired
 * one, a missing one or Basic credentials are refused (401), and a token without an acting role
 * is forbidden (403).
 */
class OidcSignInTest {

    private static final TestTokens ISSUER = TestTokens.newIssuer();

    private static ConfigurableApplicationContext commandSide;
    private static Api api;

    @BeforeAll
    static void start() {
        commandSide = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--directives.security.mode=oidc",
                        "--directives.security.oidc.issuer-uri=" + TestTokens.ISSUER,
                        "--directives.security.oidc.public-key-location=file:" + ISSUER.publicKeyFile());
        api = new Api(Integer.parseInt(commandSide.getEnvironment().getRequiredProperty("local.server.port")));
    }

    @AfterAll
    static void stop() {
        commandSide.close();
    }

    @Test
    void the_user_roles_and_unit_come_from_the_token() {
        String token = ISSUER.token("oidc-ban-to-chuc", List.of("ORGANIZATION_COMMITTEE", "offline_access"),
                "ban-to-chuc", Instant.now().plusSeconds(300));

        Api.Answer created = registerUnit("Bearer " + token);

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        Map<String, Object> metadata = commandSide.getBean(JdbcTemplate.class).queryForMap("""
                SELECT m ->> 'actor' AS actor, m ->> 'role' AS role, m ->> 'unit' AS unit
                  FROM (SELECT convert_from(meta_data, 'UTF8')::jsonb AS m FROM events.domain_event_entry
                         WHERE aggregate_identifier = ?) event""", created.id());
        assertThat(metadata).containsEntry("actor", "oidc-ban-to-chuc").containsEntry("role", "ORGANIZATION_COMMITTEE")
                .containsEntry("unit", "ban-to-chuc");
    }

    @Test
    void a_token_without_an_acting_role_is_forbidden() {
        String token = ISSUER.token("oidc-thuong-vu", List.of("STANDING_COMMITTEE"), null,
                Instant.now().plusSeconds(300));

        assertThat(registerUnit("Bearer " + token).status()).isEqualTo(403);
    }

    @Test
    void tokens_of_another_key_expired_tokens_and_basic_credentials_are_refused() {
        String foreign = TestTokens.newIssuer().token("oidc-ban-to-chuc", List.of("ORGANIZATION_COMMITTEE"), null,
                Instant.now().plusSeconds(300));
        String expired = ISSUER.token("oidc-ban-to-chuc", List.of("ORGANIZATION_COMMITTEE"), null,
                Instant.now().minusSeconds(600));

        assertThat(registerUnit("Bearer " + foreign).status()).isEqualTo(401);
        assertThat(registerUnit("Bearer " + expired).status()).isEqualTo(401);
        assertThat(registerUnit(TestAccounts.organizationCommittee()).status()).isEqualTo(401);
        Api.Answer anonymous = registerUnit("");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private static Api.Answer registerUnit(String authorization) {
        return api.post("/api/units", Map.of("name", "Đảng ủy xã Tân Cương", "kind", "COMMUNE",
                "effectiveOn", "2025-07-01"), "Authorization", authorization);
    }
}
