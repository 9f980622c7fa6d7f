package vn.directives.query.infrastructure;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * Reads the command side's event store (schema {@code events}, SELECT only) and keeps its
 * own tokens in the schema {@code query}. The event table's layout is the command side's
 * Flyway migration V1.
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
                .setTokenTable("query.token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * The default owner name of a claim is the JVM's name (pid@host), shared by every application
     * context in the JVM; a random suffix keeps two instances in one JVM apart. Set
     * {@code directives.query.node-id} to name an instance explicitly.
     */
    @Bean
    QueryNode queryNode(@Value("${directives.query.node-id:}") String configured) {
        if (!configured.isBlank()) {
            return new QueryNode(configured);
        }
        String random = UUID.randomUUID().toString().substring(0, 8);
        return new QueryNode(ManagementFactory.getRuntimeMXBean().getName() + "#" + random);
    }

    /** Axon's JDBC token store on {@code query.token_entry}, claiming as this {@link QueryNode}. */
    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                          QueryNode node,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(node.id())
                .build();
    }

    /** Replay tokens are polymorphic; Jackson 3 needs to be told which packages to trust. */
    @Bean
    Jackson3SerializerCustomizer trustedTypes() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("vn.directives.")
                .allowIfSubType("java.util.")
                .build());
    }
}
