package vn.directives.query.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The workspace's sign-in page (template {@code signin}); the form posts to {@code /signin}. */
@Controller
class SignInPage {

    @GetMapping("/signin")
    String signIn() {
        return "signin";
    }
}
