package vn.directives.command.infrastructure;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import vn.directives.platform.eventstore.SharedEventStoreConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The command side's part of the event store: the shared storage engine and layout
 * ({@link SharedEventStoreConfiguration}), its own token table, how a
 * refused append is reported, and the bound on every command's transaction. The event store is the
 * schema {@code events}, written here only; the query side may only read it.
 */
@Configuration(proxyBeanMethods = false)
@Import(SharedEventStoreConfiguration.class)
class EventStoreConfiguration {

    @Bean
    TokenSchema tokenSchema() {
        return SharedEventStoreConfiguration.tokenSchema("command.token_entry");
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
     * Every command runs in a transaction bounded in time. Readers of the event store wait for an
     * open transaction before they read past it (docs/event-store.md), so this bound, with the
     * connection's PostgreSQL timeouts (command-side.yml), is how long one slow command can hold
     * every projection back.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager,
                                              @Value("${directives.command.transaction-timeout-seconds:20}") int timeoutSeconds) {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setTimeout(timeoutSeconds);
        return new SpringTransactionManager(transactionManager, definition);
    }
}
