package vn.directives.command.infrastructure;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import vn.directives.command.common.CommandContext;
import vn.directives.command.infrastructure.web.IdempotencyClaims;
import vn.directives.command.infrastructure.web.RequestActor;
import vn.directives.command.infrastructure.web.RequestIdFilter;
import vn.directives.events.metadata.MetadataKeys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Sends a command on behalf of the current HTTP request and waits for its result. Every command
 * carries the audit metadata (acting user, roles, unit, correlation id) that Axon copies onto
 * the events it causes.
 */
@Component
public class CommandDispatcher {

    private final CommandGateway gateway;
    private final HttpServletRequest request;
    private final Clock clock;
    private final IdempotencyClaims idempotency;

    CommandDispatcher(CommandGateway gateway, HttpServletRequest request, Clock clock, IdempotencyClaims idempotency) {
        this.gateway = gateway;
        this.request = request;
        this.clock = clock;
        this.idempotency = idempotency;
    }

    /** The acting user and today's date, for the command being built. */
    public CommandContext context() {
        RequestActor actor = RequestActor.of(request);
        return new CommandContext(actor.userId(), actor.roles(), actor.unitId(), LocalDate.now(clock));
    }

    public <R> R dispatch(Object command) {
        return dispatch(command, Map.of());
    }

    /** As {@link #dispatch(Object)}, with metadata of the command's own beside the request's (a migrated fact's). */
    public <R> R dispatch(Object command, Map<String, ?> extraMetadata) {
        // a request with an Idempotency-Key holds its key before anything takes effect
        idempotency.claimBeforeEffect();
        try {
            return gateway.<R>send(command, metadata().mergedWith(extraMetadata)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private MetaData metadata() {
        RequestActor actor = RequestActor.of(request);
        Map<String, Object> data = new HashMap<>();
        data.put(MetadataKeys.ACTOR, actor.userId());
        data.put(MetadataKeys.ROLE, actor.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        if (actor.unitId() != null) {
            data.put(MetadataKeys.UNIT, actor.unitId());
        }
        data.put(MetadataKeys.CORRELATION_ID, RequestIdFilter.of(request));
        return MetaData.from(data);
    }
}
