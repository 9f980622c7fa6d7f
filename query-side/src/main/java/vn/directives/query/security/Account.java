package vn.directives.query.security;



import java.util.Set;

/** An account of the embedded sign-in mode, as the command side keeps it. The hash is never shown or logged. */
record Account(String username, String passwordHash, Set<Role> roles, String unitId, boolean enabled, long version) {

    SignedInUser user() {
        return new SignedInUser(username, roles, unitId);
    }
}
