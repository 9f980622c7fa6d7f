package vn.directives.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Verifies a user name and password against the accounts table (embedded mode), through the
 * credential cache and the sign-in throttle: credentials verified a moment ago pass without
 * bcrypt, even during a burst of wrong guesses; others are refused unchecked while their account
 * or address is throttled. An unknown user costs a bcrypt comparison too, so that timing does not
 * tell which user names exist. Serves HTTP Basic and the workspace's sign-in form alike.
 */
public final class AccountAuthentication implements AuthenticationProvider {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final CredentialCache cache;
    private final SignInThrottle throttle;
    private final String unknownUserHash;

    public AccountAuthentication(Accounts accounts, PasswordEncoder encoder, CredentialCache cache,
                                 SignInThrottle throttle) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.cache = cache;
        this.throttle = throttle;
        this.unknownUserHash = encoder.encode("no such user, no such password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        SignedInUser user = cache.verified(username, password, () -> verifyUnlessThrottled(username, password, address));
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.authorities());
        token.setDetails(authentication.getDetails());
        return token;
    }

    private SignedInUser verifyUnlessThrottled(String username, String password, String address) {
        throttle.refusal(username, address).ifPresent(refusal -> {
            throw refusal;
        });
        try {
            SignedInUser user = verify(username, password);
            throttle.succeeded(username);
            return user;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    private SignedInUser verify(String username, String password) {
        Account account = accounts.find(username).orElse(null);
        if (account == null) {
            encoder.matches(password, unknownUserHash);
            throw new BadCredentialsException("bad credentials");
        }
        if (!encoder.matches(password, account.passwordHash())) {
            throw new BadCredentialsException("bad credentials");
        }
        if (!account.enabled()) {
            throw new DisabledException("account disabled");
        }
        return account.user();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
