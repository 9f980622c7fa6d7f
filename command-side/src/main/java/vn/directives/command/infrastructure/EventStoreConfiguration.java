package vn.directives.command.infrastructure;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.directives.platform.eventstore.SharedEventStoreConfiguration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

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
     * every projection back. Inside a transaction already open (a request with an Idempotency-Key,
     * whose claim and answer commit with the events) the command runs in a savepoint: a refused
     * command undoes its own work and leaves the request's transaction usable.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager, DataSource dataSource,
                                              @Value("${directives.command.transaction-timeout-seconds:20}") int timeoutSeconds) {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setTimeout(timeoutSeconds);
        return new SavepointInsideTransactions(new SpringTransactionManager(transactionManager, definition), dataSource);
    }

    /**
     * Axon's Spring transaction manager joins a transaction already open and then neither commits
     * nor rolls back anything: a refused command's partial work, or an error that aborted
     * PostgreSQL's transaction, would stay in the request's transaction. Hibernate's JPA dialect
     * offers no savepoints, so this sets one on the transaction's JDBC connection itself.
     */
    static final class SavepointInsideTransactions implements TransactionManager {

        private final TransactionManager outermost;
        private final DataSource dataSource;
        /** Transactions of this manager open on the thread: only the first begins or sets a savepoint. */
        private final ThreadLocal<Integer> open = ThreadLocal.withInitial(() -> 0);

        SavepointInsideTransactions(TransactionManager outermost, DataSource dataSource) {
            this.outermost = outermost;
            this.dataSource = dataSource;
        }

        @Override
        public Transaction startTransaction() {
            if (open.get() > 0 && !TransactionSynchronizationManager.isActualTransactionActive()) {
                open.remove(); // never left open by Axon; a stale count must not make a command join nothing
            }
            if (open.get() > 0) {
                // a command dispatched by a policy, or an event handler of the command: it joins the
                // command's transaction (and savepoint), so all its events share one transaction id
                return counted(null);
            }
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                return counted(outermost.startTransaction());
            }
            Connection connection = DataSourceUtils.getConnection(dataSource);
            Savepoint savepoint = jdbc(connection::setSavepoint);
            return counted(new Transaction() {
                @Override
                public void commit() {
                    jdbc(() -> {
                        connection.releaseSavepoint(savepoint);
                        return null;
                    });
                }

                @Override
                public void rollback() {
                    jdbc(() -> {
                        connection.rollback(savepoint);
                        return null;
                    });
                }
            });
        }

        /** Keeps the count of open transactions; {@code inner} null for one that joined. */
        private Transaction counted(Transaction inner) {
            open.set(open.get() + 1);
            return new Transaction() {
                @Override
                public void commit() {
                    try {
                        if (inner != null) {
                            inner.commit();
                        }
                    } finally {
                        close();
                    }
                }

                @Override
                public void rollback() {
                    try {
                        if (inner != null) {
                            inner.rollback();
                        }
                    } finally {
                        close();
                    }
                }
            };
        }

        private void close() {
            int remaining = open.get() - 1;
            if (remaining <= 0) {
                open.remove();
            } else {
                open.set(remaining);
            }
        }

        private interface JdbcCall<T> {
            T call() throws SQLException;
        }

        private static <T> T jdbc(JdbcCall<T> call) {
            try {
                return call.call();
            } catch (SQLException e) {
                throw new IllegalStateException("Savepoint of a command inside the request's transaction failed", e);
            }
        }
    }
}
