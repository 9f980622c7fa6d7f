package vn.directives.command.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directives.command.infrastructure.CommandSideTest;
import vn.directives.command.support.Api;
import vn.directives.command.support.Api.Answer;
import vn.directives.command.support.TestAccounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator creates an account, changes its roles, resets its password and disables it;
 * each change takes effect at the next request (the credential cache is emptied), passwords are
 * stored as bcrypt hashes and never answered, and every change is in the security log.
 */
@CommandSideTest
class AccountAdministrationTest {

    // written when first used, once the context (and so the accounts table) exists, not when the class loads
    private static String admin() {
        return TestAccounts.basic("quan-tri-test", "ADMINISTRATOR", null);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private Api api;
    private String username;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        username = "can-bo-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void an_account_is_created_used_changed_and_disabled() {
        Answer created = api.post("/api/accounts", Map.of("username", username, "password", "mật khẩu đủ dài 1",
                "roles", List.of("ORGANIZATION_COMMITTEE")), "Authorization", admin());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().has("password")).isFalse();
        assertThat(jdbc.queryForObject("SELECT password_hash FROM security.account WHERE username = ?", String.class,
                username)).startsWith("{bcrypt}$2").doesNotContain("mật khẩu");
        String credentials = basic(username, "mật khẩu đủ dài 1");
        assertThat(registerUnit(credentials)).isEqualTo(201);

        assertThat(api.post("/api/accounts/" + username + "/role-changes", Map.of("roles", List.of("STANDING_COMMITTEE")),
                "Authorization", admin()).status()).isEqualTo(200);
        assertThat(registerUnit(credentials)).isEqualTo(403);

        assertThat(api.post("/api/accounts/" + username + "/role-changes", Map.of("roles",
                List.of("ORGANIZATION_COMMITTEE")), "Authorization", admin()).status()).isEqualTo(200);
        assertThat(api.post("/api/accounts/" + username + "/password-reset", Map.of("password", "mật khẩu mới đủ dài"),
                "Authorization", admin()).status()).isEqualTo(200);
        assertThat(registerUnit(credentials)).isEqualTo(401);
        String renewed = basic(username, "mật khẩu mới đủ dài");
        assertThat(registerUnit(renewed)).isEqualTo(201);

        assertThat(api.post("/api/accounts/" + username + "/disabling", Map.of(), "Authorization", admin()).status())
                .isEqualTo(200);
        assertThat(registerUnit(renewed)).isEqualTo(401);

        assertThat(jdbc.queryForList("""
                SELECT rule FROM security.security_log WHERE outcome = 'ACCOUNT_CHANGED' AND path LIKE ?
                 ORDER BY id""", String.class, "/api/accounts%" + username + "%"))
                .containsExactly("account-roles-changed", "account-roles-changed", "account-password-reset",
                        "account-disabled");
    }

    @Test
    void bad_account_requests_are_refused_and_change_nothing() {
        Answer shortPassword = api.post("/api/accounts", Map.of("username", username, "password", "ngắn",
                "roles", List.of("INSPECTOR")), "Authorization", admin());
        Answer officerWithoutUnit = api.post("/api/accounts", Map.of("username", username, "password",
                "mật khẩu đủ dài 1", "roles", List.of("UNIT_OFFICER")), "Authorization", admin());
        Answer unknown = api.post("/api/accounts/khong-co-ai/disabling", Map.of(), "Authorization", admin());

        assertThat(shortPassword.status()).isEqualTo(400);
        assertThat(shortPassword.body().path("errors").get(0).path("field").asString()).isEqualTo("password");
        assertThat(officerWithoutUnit.status()).isEqualTo(400);
        assertThat(officerWithoutUnit.body().path("errors").get(0).path("field").asString()).isEqualTo("unitId");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM security.account WHERE username = ?", Long.class, username))
                .isZero();
    }

    @Test
    void a_taken_user_name_is_a_conflict() {
        Map<String, Object> body = Map.of("username", username, "password", "mật khẩu đủ dài 1",
                "roles", List.of("INSPECTOR"));
        assertThat(api.post("/api/accounts", body, "Authorization", admin()).status()).isEqualTo(201);
        assertThat(api.post("/api/accounts", body, "Authorization", admin()).status()).isEqualTo(409);
    }

    private int registerUnit(String credentials) {
        return api.post("/api/units", Map.of("name", "Đảng ủy xã Phúc Xuân", "kind", "COMMUNE",
                "effectiveOn", "2025-07-01"), "Authorization", credentials).status();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
