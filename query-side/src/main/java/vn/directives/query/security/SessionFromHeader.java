package vn.directives.query.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import vn.directives.platform.security.ApiSecurity;

import java.util.function.Supplier;

/**
 * The API reads a workspace session named in the {@value ApiSecurity#WORKSPACE_SESSION_HEADER}
 * header: the command side sends it back here when, issuing a report for a person signed in on the
 * workspace, it fetches the report's documents as that person. The session is only read (an
 * expired or unknown one authenticates nobody), never created, never written, and never taken
 * from a cookie: a browser cannot be made to send the header, so the API stays free of CSRF.
 */
final class SessionFromHeader implements SecurityContextRepository {

    private final SessionRepository<? extends Session> sessions;

    SessionFromHeader(SessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        Supplier<SecurityContext> read = () -> read(request.getHeader(ApiSecurity.WORKSPACE_SESSION_HEADER));
        return new DeferredSecurityContext() {
            private SecurityContext context;

            @Override
            public SecurityContext get() {
                if (context == null) {
                    SecurityContext found = read.get();
                    context = found == null ? SecurityContextHolder.createEmptyContext() : found;
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                return get().getAuthentication() == null;
            }
        };
    }

    private SecurityContext read(String sessionId) {
        if (sessionId == null || sessionId.isBlank()) {
            return null;
        }
        Session session = sessions.findById(sessionId.strip());
        if (session == null || session.isExpired()) {
            return null;
        }
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext found && found.getAuthentication() != null ? found : null;
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // read only: the workspace (the cookie chain) owns its sessions
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return false;
    }
}
