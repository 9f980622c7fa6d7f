package vn.directives.query.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.platform.security.SignedInUser;

/** A workspace page for tests only: who the session belongs to. */
@RestController
public class WhoAmI {

    @GetMapping("/test-workspace/whoami")
    String whoAmI() {
        return SignedInUser.current().map(SignedInUser::userId).orElse("nobody");
    }
}
