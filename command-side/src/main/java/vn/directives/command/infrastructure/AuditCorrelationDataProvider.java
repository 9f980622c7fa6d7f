package vn.directives.command.infrastructure;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Copies the audit metadata of the message being handled onto every message it causes:
 * the acting user and the request's correlation id travel on, and the causation id names
 * the message that caused the new one.
 */
@Component
class AuditCorrelationDataProvider implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : AuditMetadata.PROPAGATED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.putIfAbsent(AuditMetadata.CORRELATION_ID, message.getIdentifier());
        data.put(AuditMetadata.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
