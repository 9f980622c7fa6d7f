package vn.directives.command.common;

import vn.directives.platform.security.Role;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * Who asks, in which roles, for which unit (null if none), and what day it is where they ask.
 * Passed in with every command so that aggregates never read the clock and decide
 * authorization themselves.
 */
public record CommandContext(String userId, Set<Role> roles, String unitId, LocalDate today) {

    public CommandContext {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(today, "today");
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
