package vn.directives.command.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * Sends a command with the audit metadata of the HTTP request that asked for it, and waits
 * for its result. Until sign-in lands the acting user is a placeholder named by the
 * {@code X-Actor} header (default {@code organization-committee}).
 */
@Component
public class CommandDispatcher {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

    private final CommandGateway gateway;
    private final HttpServletRequest request;

    CommandDispatcher(CommandGateway gateway, HttpServletRequest request) {
        this.gateway = gateway;
        this.request = request;
    }

    public <R> R dispatch(Object command) {
        try {
            return gateway.<R>send(command, metadata()).join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    private MetaData metadata() {
        return MetaData.from(Map.of(
                AuditMetadata.ACTOR, actor(),
                AuditMetadata.CORRELATION_ID, correlationId()));
    }

    public String actor() {
        return safeHeader("X-Actor", "organization-committee");
    }

    private String correlationId() {
        return safeHeader("X-Request-Id", UUID.randomUUID().toString());
    }

    private String safeHeader(String name, String fallback) {
        String value = request.getHeader(name);
        return value != null && SAFE_ID.matcher(value).matches() ? value : fallback;
    }

    private static RuntimeException unwrap(CompletionException e) {
        Throwable cause = e.getCause();
        return cause instanceof RuntimeException runtime ? runtime : e;
    }
}
