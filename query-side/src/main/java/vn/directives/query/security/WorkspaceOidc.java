package vn.directives.query.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import vn.directives.platform.security.SecuritySettings;
import vn.directives.platform.security.SignedInUser;
import vn.directives.platform.security.TokenUsers;

import java.io.IOException;

/**
 * The workspace's sign-in in {@code oidc} mode: authorization code with PKCE at the province's
 * identity provider (Spring Security's {@code oauth2Login}), the provider found from its issuer's
 * discovery document at the first sign-in. Once the provider has answered, the session holds our
 * {@link SignedInUser} (user, roles and unit read from the ID token's and user info's claims as
 * for bearer tokens), never the provider's access or refresh tokens: the command side reads the
 * same session to authenticate forwarded commands and needs no OAuth client classes. The raw ID
 * token is kept beside it (a string) only to end the provider's session at sign-out
 * ({@link ProviderSignOut}); it authorizes nothing anywhere.
 */
final class WorkspaceOidc {

    /** The registration's id, in {@code /oauth2/authorization/directives} and the redirect URI. */
    static final String REGISTRATION = "directives";
    static final String START = "/oauth2/authorization/" + REGISTRATION;

    private WorkspaceOidc() {
    }

    static void apply(HttpSecurity http, SecuritySettings.Oidc oidc, String clientId, String clientSecret) {
        ClientRegistrationRepository registrations = new Discovered(() -> registration(oidc, clientId, clientSecret));
        DefaultOAuth2AuthorizationRequestResolver requests = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, "/oauth2/authorization");
        // PKCE also for this confidential client (Spring adds it by itself only for public ones)
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        TokenUsers users = new TokenUsers(oidc);
        SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        http.securityContext(context -> context.securityContextRepository(contexts))
                .oauth2Login(login -> login.loginPage("/signin")
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(new NoAuthorizedClients())
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                        .successHandler(new OurUserInSession(users, contexts))
                        .failureUrl("/signin?error"))
                .logout(logout -> logout.addLogoutHandler(ProviderSignOut::keepIdToken)
                        .logoutSuccessHandler(new ProviderSignOut(registrations)));
    }

    private static ClientRegistration registration(SecuritySettings.Oidc oidc, String clientId, String clientSecret) {
        if (oidc.issuerUri().isBlank()) {
            throw new IllegalStateException("The workspace's OIDC sign-in needs directives.security.oidc.issuer-uri");
        }
        return ClientRegistrations.fromIssuerLocation(oidc.issuerUri()).registrationId(REGISTRATION)
                .clientId(clientId).clientSecret(clientSecret)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .build();
    }

    /**
     * The registration, found from the issuer's discovery document at the first sign-in rather
     * than at start-up: the service starts while the provider is away (and with only a public key
     * for bearer tokens), and a failed discovery is tried again at the next sign-in.
     */
    private static final class Discovered implements ClientRegistrationRepository {

        private final java.util.function.Supplier<ClientRegistration> discovery;
        private volatile ClientRegistration found;

        Discovered(java.util.function.Supplier<ClientRegistration> discovery) {
            this.discovery = discovery;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!REGISTRATION.equals(registrationId)) {
                return null;
            }
            ClientRegistration registration = found;
            if (registration == null) {
                synchronized (this) {
                    if (found == null) {
                        found = discovery.get();
                    }
                    registration = found;
                }
            }
            return registration;
        }
    }

    /** Replaces the provider's authentication by our user before the session is saved, then goes on as usual. */
    private static final class OurUserInSession extends SavedRequestAwareAuthenticationSuccessHandler {

        private final TokenUsers users;
        private final SecurityContextRepository contexts;

        OurUserInSession(TokenUsers users, SecurityContextRepository contexts) {
            this.users = users;
            this.contexts = contexts;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
            OidcUser person = (OidcUser) authentication.getPrincipal();
            SignedInUser user = users.user(person.getClaims());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities()));
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            // only to end the provider's session at sign-out (id_token_hint); it opens nothing here
            request.getSession().setAttribute(ProviderSignOut.ID_TOKEN, person.getIdToken().getTokenValue());
            super.onAuthenticationSuccess(request, response, context.getAuthentication());
        }
    }

    /** Keeps no provider token: the workspace's own session is all that is needed after sign-in. */
    private static final class NoAuthorizedClients implements OAuth2AuthorizedClientRepository {

        @Override
        @SuppressWarnings("unchecked")
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String registrationId, Authentication principal,
                                                                        HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                                         HttpServletRequest request, HttpServletResponse response) {
            // nothing kept on purpose
        }

        @Override
        public void removeAuthorizedClient(String registrationId, Authentication principal, HttpServletRequest request,
                                           HttpServletResponse response) {
            // nothing kept
        }
    }
}
