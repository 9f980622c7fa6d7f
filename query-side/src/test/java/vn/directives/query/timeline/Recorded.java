package vn.directives.query.timeline;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.UUID;

/**
 * Builds stored events as the command side writes them: a domain event of the task's aggregate
 * with its sequence number, its own identifier and timestamp, and the audit metadata (acting
 * user, roles, correlation id).
 */
final class Recorded {

    private Recorded() {
    }

    static DomainEventMessage<?> event(String taskId, long sequenceNumber, Object payload, String actor, String role,
                                       String correlationId, Instant recordedAt) {
        MetaData metaData = MetaData.with("actor", actor).and("role", role).and("correlationId", correlationId)
                .and("causationId", UUID.randomUUID().toString());
        return new GenericDomainEventMessage<>("Task", taskId, sequenceNumber, payload, metaData,
                UUID.randomUUID().toString(), recordedAt);
    }
}
