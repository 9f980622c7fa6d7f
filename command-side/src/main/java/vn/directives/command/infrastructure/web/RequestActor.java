package vn.directives.command.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import vn.directives.platform.security.Role;
import vn.directives.command.common.RuleViolation;
import vn.directives.platform.security.SignedInUser;

import java.util.Set;

/**
 * The acting user of a request: the user Spring Security authenticated (an account, or the
 * claims of a bearer token), never anything the client merely asserts in a header. The rules that
 * use it live in the aggregates.
 */
public record RequestActor(String userId, Set<Role> roles, String unitId) {

    public static RequestActor of(HttpServletRequest request) {
        SignedInUser user = SignedInUser.current().orElseThrow(() -> RuleViolation.forbidden("sign-in-required",
                "Cần đăng nhập.", "Sign in first."));
        return new RequestActor(user.userId(), user.roles(), user.unitId());
    }
}
