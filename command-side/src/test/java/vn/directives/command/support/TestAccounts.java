package vn.directives.command.support;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accounts for tests, and the {@code Authorization} header that signs in as them. An account is
 * written straight into {@code security.account} of every test database (the one of
 * {@code DIRECTIVES_DB_URL} and, if set, {@code DIRECTIVES_ISOLATED_DB_URL}) the first time it is
 * asked for, with a low-cost bcrypt hash; its password depends on its roles and unit, so that an
 * account asked for again with other roles signs in afresh rather than from a server's cache.
 */
public final class TestAccounts {

    /** The default acting user of command tests, as before sign-in existed. */
    public static final String ORGANIZATION_COMMITTEE = "organization-committee";
    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder(4);
    private static final Set<String> WRITTEN = ConcurrentHashMap.newKeySet();
    /** The bcrypt hash of each password, computed once: a hash is the costly part of writing an account. */
    private static final Map<String, String> HASHES = new ConcurrentHashMap<>();
    private static final Map<String, Connection> CONNECTIONS = new HashMap<>();

    private TestAccounts() {
    }

    /** Basic credentials of the Organization Committee's test account. */
    public static String organizationCommittee() {
        return basic(ORGANIZATION_COMMITTEE, "ORGANIZATION_COMMITTEE", null);
    }

    /** Basic credentials of an account that may read everything: the board, operations and the audit trail. */
    public static String reader() {
        return basic("test-reader", "ADMINISTRATOR,INSPECTOR,ORGANIZATION_COMMITTEE", null);
    }

    /**
     * Adds the headers (name, value, name, value...) to a request and signs it in. Without an
     * {@code Authorization} among them, the user is the one {@code X-Actor} (default
     * {@value #ORGANIZATION_COMMITTEE}), {@code X-Actor-Roles} (default ORGANIZATION_COMMITTEE) and
     * {@code X-Actor-Unit} name, which are not sent; with one, every header goes out as given.
     */
    public static void signIn(HttpRequest.Builder request, String... headers) {
        boolean signedIn = false;
        for (int i = 0; i < headers.length; i += 2) {
            signedIn |= headers[i].equalsIgnoreCase("Authorization");
        }
        String actor = ORGANIZATION_COMMITTEE;
        String roles = "ORGANIZATION_COMMITTEE";
        String unit = null;
        for (int i = 0; i < headers.length; i += 2) {
            switch (signedIn ? "" : headers[i]) {
                case "X-Actor" -> actor = headers[i + 1];
                case "X-Actor-Roles" -> roles = headers[i + 1];
                case "X-Actor-Unit" -> unit = headers[i + 1];
                default -> request.header(headers[i], headers[i + 1]);
            }
        }
        if (!signedIn) {
            request.header("Authorization", basic(actor, roles, unit));
        }
    }

    /** Basic credentials of a test account with these roles (comma-separated) and unit (or null). */
    public static String basic(String username, String roles, String unitId) {
        String password = password(username, roles, unitId);
        for (String url : databases()) {
            String key = url + '|' + username + '|' + password;
            if (!WRITTEN.contains(key)) {
                // remembered only once written: a thread that finds it may sign in at once (several
                // threads using a new account together used to race the first one's write, and got 401)
                synchronized (CONNECTIONS) {
                    if (!WRITTEN.contains(key) && write(url, username, password, roles, unitId)) {
                        WRITTEN.add(key);
                    }
                }
            }
        }
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The password of a test account: a digest of who it is, so that no test hard-codes one. */
    public static String password(String username, String roles, String unitId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((username + '|' + roles + '|' + unitId).getBytes(StandardCharsets.UTF_8));
            return "t-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the account; false when that database has no command side (yet): nothing signs in there. */
    private static boolean write(String url, String username, String password, String roles, String unitId) {
        // one connection per database, kept: a database whose command side is not migrated yet (the
        // isolated one, until a test uses it) is asked again on every request, and opening a
        // connection for each of thousands of requests cost whole seconds per test class
        synchronized (CONNECTIONS) {
            // a kept connection may have been ended by a test (a restarted cluster, a terminated
            // backend): such a failure is tried once more on a new connection
            for (int attempt = 1; ; attempt++) {
                try {
                    Connection connection = connection(url);
                    try (PreparedStatement upsert = connection.prepareStatement("""
                            INSERT INTO security.account (username, password_hash, roles, unit_id, enabled, version,
                                                          created_at, updated_at, updated_by)
                            VALUES (?, ?, ?, ?, true, 0, now(), now(), 'tests')
                            ON CONFLICT (username) DO UPDATE SET password_hash = excluded.password_hash,
                                   roles = excluded.roles, unit_id = excluded.unit_id, enabled = true,
                                   version = security.account.version + 1, updated_at = now()""")) {
                        upsert.setString(1, username);
                        upsert.setString(2, HASHES.computeIfAbsent(password, p -> "{bcrypt}" + BCRYPT.encode(p)));
                        upsert.setString(3, roles);
                        upsert.setString(4, unitId);
                        upsert.executeUpdate();
                    }
                    return true;
                } catch (SQLException e) {
                    if ("42P01".equals(e.getSQLState()) || "3F000".equals(e.getSQLState())) {
                        // that database has no command side yet: nothing signs in there
                        return false;
                    }
                    forget(url);
                    if ("3D000".equals(e.getSQLState())) {
                        return false;
                    }
                    if (attempt == 2) {
                        throw new IllegalStateException("test account " + username + " could not be written", e);
                    }
                }
            }
        }
    }

    private static Connection connection(String url) throws SQLException {
        Connection connection = CONNECTIONS.get(url);
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(url, env("DIRECTIVES_COMMAND_DB_USER", "directives_command"),
                    env("DIRECTIVES_COMMAND_DB_PASSWORD", "directives_command"));
            CONNECTIONS.put(url, connection);
        }
        return connection;
    }

    private static void forget(String url) {
        Connection connection = CONNECTIONS.remove(url);
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a broken connection is dropped either way
            }
        }
    }

    private static List<String> databases() {
        List<String> urls = new ArrayList<>();
        urls.add(env("DIRECTIVES_DB_URL", "jdbc:postgresql://127.0.0.1:55432/directives"));
        String isolated = System.getenv("DIRECTIVES_ISOLATED_DB_URL");
        if (isolated != null && !isolated.isBlank()) {
            urls.add(isolated);
        }
        return urls;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
