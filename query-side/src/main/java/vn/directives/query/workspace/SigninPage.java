package vn.directives.query.workspace;

import org.springframework.stereotype.Controller;
import vn.directives.platform.security.SecuritySettings;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; the security filter chain takes the form's POST and comes back here with
 * {@code ?error}, {@code ?throttled} or, after signing out, {@code ?signedout}.
 */
@Controller
class SigninPage {

    private final boolean oidc;

    SigninPage(SecuritySettings settings) {
        this.oidc = settings.oidcMode();
    }

    @GetMapping("/signin")
    String signin(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
                  @RequestParam(required = false) String signedout, Model model) {
        // oidc mode: no form here, a link to the identity provider's sign-in (WorkspaceOidc)
        model.addAttribute("oidc", oidc);
        model.addAttribute("problem", throttled != null ? "signin.throttled" : error != null ? "signin.error" : null);
        model.addAttribute("signedOut", signedout != null);
        return "signin";
    }
}
