package vn.directives.command.security;

import vn.directives.command.common.Role;

import java.util.Set;

/** An account of the embedded sign-in mode. The hash is never shown, logged or compared by hand. */
record Account(String username, String passwordHash, Set<Role> roles, String unitId, boolean enabled, long version) {

    SignedInUser user() {
        return new SignedInUser(username, roles, unitId);
    }
}
