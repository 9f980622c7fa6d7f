package vn.directives.query.testing;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/**
 * Test JVMs only (listed in this module's test resources, so every application a test starts gets it,
 * the command side's included): Axon's embedded event store as Axon's auto-configuration builds it,
 * except that a tracking reader with nothing new looks again after 100 ms instead of Axon's 1 s.
 * Events written by another application (the command side, another query-side instance) therefore
 * reach the projections within a tenth of a second, so a test that waits for a read model (every step
 * of a browser walk, read-your-writes) is not paced by the poll. Production keeps Axon's default.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@ConditionalOnBean(EventStorageEngine.class) // an application with an event store (not, say, the test OIDC provider)
class QuickEventPolling {

    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                  @Value("${directives.test.event-fetch-delay-ms:100}") long fetchDelayMillis) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelayMillis)
                .build();
    }
}
