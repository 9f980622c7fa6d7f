package vn.directives.command.infrastructure;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.directives.events.metadata.MetadataKeys;

/**
 * Copies the audit metadata of the message being handled onto every message it causes:
 * the acting user and the request's correlation id travel on, and the causation id names
 * the message that caused the new one. A migrated fact's original recording day, job and source
 * travel on too, so that every event a migration causes says it was migrated.
 */
@Component
class AuditCorrelationDataProvider implements CorrelationDataProvider {

    private static final List<String> PROPAGATED = List.of(MetadataKeys.ACTOR, MetadataKeys.ROLE, MetadataKeys.UNIT,
            MetadataKeys.CORRELATION_ID, MetadataKeys.RECORDED_ORIGINALLY_ON, MetadataKeys.IMPORT_JOB,
            MetadataKeys.MIGRATION_SOURCE);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : PROPAGATED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.putIfAbsent(MetadataKeys.CORRELATION_ID, message.getIdentifier());
        data.put(MetadataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
