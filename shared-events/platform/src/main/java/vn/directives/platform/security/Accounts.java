package vn.directives.platform.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accounts table ({@code security.account}). Both sides sign users in against it; only the
 * command side changes it (the query side's database role may only read it).
 */
public class Accounts {

    private static final RowMapper<Account> ROW = (rs, n) -> new Account(rs.getString("username"),
            rs.getString("password_hash"), roles(rs.getString("roles")), rs.getString("unit_id"),
            rs.getBoolean("enabled"), rs.getLong("version"));

    private final JdbcTemplate jdbc;

    public Accounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(String username) {
        return jdbc.query("SELECT * FROM security.account WHERE username = ?", ROW, username).stream().findFirst();
    }

    public List<Account> all() {
        return jdbc.query("SELECT * FROM security.account ORDER BY username", ROW);
    }

    /** Creates the account unless one of that name exists; true if it was created. */
    public boolean create(Account account, String by, Instant at) {
        return jdbc.update("""
                INSERT INTO security.account (username, password_hash, roles, unit_id, enabled, version,
                                              created_at, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?) ON CONFLICT (username) DO NOTHING""",
                account.username(), account.passwordHash(), names(account.roles()), account.unitId(),
                account.enabled(), Timestamp.from(at), Timestamp.from(at), by) == 1;
    }

    /** Saves a changed account if nobody changed it since it was read; true if saved. */
    public boolean update(Account account, String by, Instant at) {
        return jdbc.update("""
                UPDATE security.account SET password_hash = ?, roles = ?, unit_id = ?, enabled = ?,
                       version = version + 1, updated_at = ?, updated_by = ?
                 WHERE username = ? AND version = ?""",
                account.passwordHash(), names(account.roles()), account.unitId(), account.enabled(),
                Timestamp.from(at), by, account.username(), account.version()) == 1;
    }

    public long enabledAdministrators() {
        Long count = jdbc.queryForObject("""
                SELECT count(*) FROM security.account
                 WHERE enabled AND ',' || roles || ',' LIKE '%,ADMINISTRATOR,%'""", Long.class);
        return count == null ? 0 : count;
    }

    private static Set<Role> roles(String names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }
}
