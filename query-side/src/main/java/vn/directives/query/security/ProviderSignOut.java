package vn.directives.query.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.io.IOException;

/**
 * Signing out in {@code oidc} mode also ends the person's session at the provider (OpenID Connect
 * RP-initiated logout) when the provider's discovery document names an {@code end_session_endpoint}:
 * the browser goes there with the ID token as {@code id_token_hint} and comes back to
 * {@code /signin?signedout}, which the provider must list as a post-logout redirect URI. Otherwise
 * (no such endpoint, the provider unreachable, a session from before the token was kept) only the
 * workspace's session ends. Spring's own handler needs the provider's authentication in the session,
 * which the workspace does not keep.
 */
final class ProviderSignOut implements LogoutSuccessHandler {

    /** The session attribute that keeps the raw ID token, and the request attribute it moves to at sign-out. */
    static final String ID_TOKEN = "directives.oidc.id-token";

    private static final Logger LOG = LoggerFactory.getLogger(ProviderSignOut.class);
    private static final String SIGNED_OUT = "/signin?signedout";

    private final ClientRegistrationRepository registrations;

    ProviderSignOut(ClientRegistrationRepository registrations) {
        this.registrations = registrations;
    }

    /** Runs before the session is invalidated: the token outlives it for the redirect. */
    static void keepIdToken(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ID_TOKEN) instanceof String token) {
            request.setAttribute(ID_TOKEN, token);
        }
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
                                Authentication authentication) throws IOException {
        String signedOut = ServletUriComponentsBuilder.fromContextPath(request).path("/signin")
                .query("signedout").build().toUriString();
        String endSession = endSessionEndpoint();
        if (endSession == null || !(request.getAttribute(ID_TOKEN) instanceof String token)) {
            response.sendRedirect(request.getContextPath() + SIGNED_OUT);
            return;
        }
        response.sendRedirect(UriComponentsBuilder.fromUriString(endSession)
                .queryParam("id_token_hint", token)
                .queryParam("client_id", registration().getClientId())
                .queryParam("post_logout_redirect_uri", signedOut)
                .encode().build().toUriString());
    }

    private String endSessionEndpoint() {
        try {
            Object endpoint = registration().getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
            return endpoint == null ? null : endpoint.toString();
        } catch (RuntimeException e) {
            // a provider away at sign-out: the workspace's own session is still ended
            LOG.warn("The identity provider could not be asked for its sign-out address ({})", e.getClass().getSimpleName());
            return null;
        }
    }

    private ClientRegistration registration() {
        return registrations.findByRegistrationId(WorkspaceOidc.REGISTRATION);
    }
}
