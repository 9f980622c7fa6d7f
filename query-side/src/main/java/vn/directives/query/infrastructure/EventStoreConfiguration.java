package vn.directives.query.infrastructure;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
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
     * Axon's embedded event store as its auto-configuration builds it (bean {@code eventBus}), woken
     * rather than polled ({@link WakeableEventStore}, docs/event-store.md "From a commit to the read
     * models"): the command side's commits wake its shared reader ({@link CommitListener}), and the
     * reader's new events wake the processors. {@code directives.events.fetch-delay} is how soon the
     * reader looks again, when it last found nothing, without a notice: the bound for writers that
     * send none and while the listener is reconnecting (Axon's default is 1 s). The poll is one
     * indexed range query on the events table.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    WakeableEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                  @Value("${directives.events.fetch-delay:100ms}") Duration fetchDelay) {
        EmbeddedEventStore.Builder builder = EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis());
        return new WakeableEventStore(builder);
    }

    /**
     * The shared reader's progress as metrics: {@code directives.events.read.position}, the highest
     * global index it has read (the benchmark's lag step tells from it how much of a command's lag is
     * spent before the reader has the event and how much in the processors), and
     * {@code directives.events.reader.wakes}, how often it was woken.
     */
    @Bean
    MeterBinder sharedReaderMetrics(WakeableEventStore eventStore) {
        return registry -> {
            Gauge.builder("directives.events.read.position", eventStore, WakeableEventStore::readUpTo)
                    .description("highest global index the event store's shared reader has read").register(registry);
            FunctionCounter.builder("directives.events.reader.wakes", eventStore, WakeableEventStore::wakes)
                    .description("times the shared reader was woken (commit notices and their follow-ups)")
                    .register(registry);
        };
    }

    /** Listens for the command side's commit notices on a connection of its own. */
    @Bean
    CommitListener commitListener(WakeableEventStore eventStore, @Value("${spring.datasource.url}") String url,
                                  @Value("${spring.datasource.username}") String user,
                                  @Value("${spring.datasource.password}") String password) {
        return new CommitListener(url, user, password, eventStore);
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
