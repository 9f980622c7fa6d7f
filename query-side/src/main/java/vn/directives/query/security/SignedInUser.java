package vn.directives.query.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;


import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The user a request was authenticated as, whichever the sign-in mode (an account of ours or a
 * token of the province's identity provider): user id, roles and unit (null if none). A Steering
 * Committee member's user id is their member id.
 */
public record SignedInUser(String userId, Set<Role> roles, String unitId) {

    public SignedInUser {
        roles = Set.copyOf(roles);
    }

    /** The user of the current request, if it was authenticated. */
    public static Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }

    List<GrantedAuthority> authorities() {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    }

    /** The roles as stored in event metadata: names, sorted, comma-separated. */
    public String roleNames() {
        return String.join(",", roles.stream().map(Enum::name).sorted().toList());
    }
}
