package vn.directives.platform.security;

import java.util.Set;

/** An account of the embedded sign-in mode. The hash is never shown, logged or compared by hand. */
public record Account(String username, String passwordHash, Set<Role> roles, String unitId, boolean enabled,
                      long version) {

    public SignedInUser user() {
        return new SignedInUser(username, roles, unitId);
    }
}
