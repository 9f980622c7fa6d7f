package vn.directives.command.infrastructure;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Axon's JDBC storage on the tables Flyway creates (db/command). The event store is the
 * schema {@code events}, shared with the query side, which may only read it.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfiguration {

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("events.domain_event_entry")
                .snapshotTable("events.snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("command.token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Two appends to one aggregate at once are refused by the event table's unique key; this makes
     * Axon report that as a conflict (409, or a retry) instead of a storage failure.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolationResolver();
    }

    /**
     * Replay tokens carry polymorphic tokens; Jackson 3 denies every subtype of Object unless told
     * which packages are trusted.
     */
    @Bean
    Jackson3SerializerCustomizer trustedTypes() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("vn.directives.")
                .allowIfSubType("java.util.")
                .build());
    }

    /**
     * Every command runs in a transaction bounded well under the processors' gap timeout (60 s):
     * an event committed later than that after taking its global index is skipped for good by
     * tracking processors (AxonFramework issue 4829).
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager,
                                              @Value("${directives.command.transaction-timeout-seconds:20}") int timeoutSeconds) {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setTimeout(timeoutSeconds);
        return new SpringTransactionManager(transactionManager, definition);
    }
}
