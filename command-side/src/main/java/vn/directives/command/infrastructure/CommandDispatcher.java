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
        // a request with an Idempotency-Key holds its key before anything takes effect
        idempotency.claimBeforeEffect();
        try {
            return gateway.<R>send(command, metadata()).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * The audit metadata of the current request, kept for commands sent on its behalf after it has
     * been answered (the chunks of an import job, run by a thread of their own).
     */
    public MetaData requestMetadata() {
        return metadata();
    }

    /**
     * Sends a command outside any request, with the metadata of the request it is sent for
     * ({@link #requestMetadata()}); the request claimed its Idempotency-Key, if any, when it started the work.
     */
    public <R> R dispatch(Object command, MetaData metadata) {
        try {
            return gateway.<R>send(command, metadata).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Claims the current request's Idempotency-Key, if it has one, before work that takes effect later. */
    public void claimBeforeEffect() {
        idempotency.claimBeforeEffect();
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
