package vn.directives.query.infrastructure;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.directives.platform.eventstore.SharedEventStoreConfiguration;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;

/**
 * Reads the command side's event store (schema {@code events}, SELECT only) through the shared
 * storage engine ({@link SharedEventStoreConfiguration}) and keeps its
 * own tokens in the schema {@code query}.
 */
@Configuration(proxyBeanMethods = false)
@Import(SharedEventStoreConfiguration.class)
class EventStoreConfiguration {

    @Bean
    TokenSchema tokenSchema() {
        return SharedEventStoreConfiguration.tokenSchema("query.token_entry");
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

    /**
     * Axon's embedded event store as its auto-configuration builds it (bean {@code eventBus}), but
     * looking for new events every {@code directives.events.fetch-delay} when it last found none.
     * The query side never appends, so nothing wakes its reader when the command side commits: with
     * Axon's default of 1 s, every read-your-writes answer (a step sent from the workspace, then its
     * page) waited half a second on average for the event to be picked up. The poll is one indexed
     * range query on the events table.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                  @Value("${directives.events.fetch-delay:100ms}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .build();
    }

    /**
     * What Axon's JDBC auto-configuration would have given the storage engine: it steps back as soon
     * as an event store bean of our own exists (above).
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new JdbcSQLErrorCodesResolver();
    }
}
