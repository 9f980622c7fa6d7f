package vn.directives.query.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The command side's accounts ({@code security.account}), read only: the query side signs users
 * in against them and never changes them.
 */
@Repository
class Accounts {

    private static final RowMapper<Account> ROW = (rs, n) -> new Account(rs.getString("username"),
            rs.getString("password_hash"), roles(rs.getString("roles")), rs.getString("unit_id"),
            rs.getBoolean("enabled"), rs.getLong("version"));

    private final JdbcTemplate jdbc;

    Accounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(String username) {
        return jdbc.query("SELECT * FROM security.account WHERE username = ?", ROW, username).stream().findFirst();
    }

    private static Set<Role> roles(String names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
