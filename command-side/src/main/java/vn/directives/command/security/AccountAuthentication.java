package vn.directives.command.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Verifies a user name and password against the accounts table (embedded mode), through the
 * credential cache. An unknown user costs a bcrypt comparison too, so that timing does not tell
 * which user names exist.
 */
final class AccountAuthentication implements AuthenticationProvider {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final CredentialCache cache;
    private final String unknownUserHash;

    AccountAuthentication(Accounts accounts, PasswordEncoder encoder, CredentialCache cache) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.cache = cache;
        this.unknownUserHash = encoder.encode("no such user, no such password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        SignedInUser user = cache.verified(username, password, () -> verify(username, password));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
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
