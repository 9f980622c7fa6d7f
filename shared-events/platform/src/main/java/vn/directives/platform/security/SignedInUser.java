package vn.directives.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The user a request was authenticated as, whichever the sign-in mode (an account of ours, a
 * token of the province's identity provider, or a workspace session holding either): user id,
 * roles and unit (null if none). A Steering Committee member's user id is their member id.
 * Serializable because a workspace session stores it in PostgreSQL, where both sides read it.
 */
public record SignedInUser(String userId, Set<Role> roles, String unitId) implements Serializable, Principal {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /** The user of the current request, if it was authenticated. */
    public static Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return authentication.getPrincipal() instanceof HasSignedInUser holder
                ? Optional.of(holder.signedInUser()) : Optional.empty();
    }

    /**
     * The user id: what Spring Security calls the authentication's name, and what Spring Session
     * stores as the session's principal (a column of 100 characters, which the record's text with
     * roles and unit would overflow).
     */
    @Override
    public String getName() {
        return userId;
    }

    public List<GrantedAuthority> authorities() {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    /** The roles as stored in event metadata: names, sorted, comma-separated. */
    public String roleNames() {
        return String.join(",", roles.stream().map(Enum::name).sorted().toList());
    }

    /** A principal of another kind (an OIDC user of the workspace) that carries the signed-in user. */
    public interface HasSignedInUser {
        SignedInUser signedInUser();
    }
}
