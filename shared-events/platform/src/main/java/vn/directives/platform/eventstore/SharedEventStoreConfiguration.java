package vn.directives.platform.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import vn.directives.platform.upcasting.EventUpcasting;

import java.time.Duration;

/**
 * The event store as both sides use it: the table layout of the command side's Flyway migrations
 * (schema {@code events}), and Axon's JDBC storage engine on it, configured so that a tracking
 * processor never moves past an event whose transaction has not settled yet ({@link GapFreeStatements}).
 * Each side imports this with {@code @Import} and adds what is its own (token table, transactions);
 * the contract's upcasters come with it ({@link EventUpcasting}).
 */
@Configuration(proxyBeanMethods = false)
@Import(EventUpcasting.class)
public class SharedEventStoreConfiguration {

    /** The first global index of the event table (its identity column starts at 1; Axon's default). */
    private static final long LOWEST_GLOBAL_INDEX = 1;

    @Bean
    public EventSchema eventSchema() {
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

    /** The layout of a side's token table ({@code command.token_entry}, {@code query.token_entry}). */
    public static TokenSchema tokenSchema(String tokenTable) {
        return TokenSchema.builder()
                .setTokenTable(tokenTable)
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Replay tokens carry polymorphic tokens; Jackson 3 denies every subtype of Object unless told
     * which packages are trusted.
     */
    @Bean
    public Jackson3SerializerCustomizer trustedTypes() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("vn.directives.")
                .allowIfSubType("java.util.")
                .build());
    }

    /**
     * Axon's JDBC engine with the gap-free statements. The gap settings are explicit because with
     * those statements a gap behind a delivered event is an index whose transaction has already
     * ended (rolled back: a refused append, a conflict), never one still to be filled:
     * <ul>
     *     <li>{@code max-gap-offset} (1,000): such gaps are dropped once the token is this far past
     *     them, which keeps tokens small; Axon's 10,000 would only keep dead indexes longer;</li>
     *     <li>{@code gap-timeout} (30 s): kept above the longest a command transaction may live
     *     (20 s, {@code directives.command.transaction-timeout-seconds}), so that even a writer that
     *     bypasses the append lock (a script inserting rows by hand) is waited for, not skipped.</li>
     * </ul>
     * Neither setting bounds how long a slow transaction holds readers back: PostgreSQL's timeouts
     * on the command side do (see docs/event-store.md). The engine is Axon's, reading each stored
     * timestamp once ({@link SettledEventStorageEngine}).
     * <p>
     * {@code directives.events.fetch-size} is how many global indexes one read of a tracking
     * processor's stream covers (Axon's default is 100). A pooled processor hands its segments what
     * one read brought, so while replaying it also bounds the size of a segment's batch, and with it
     * how many events share a transaction, a token update and the projections' JDBC batches.
     */
    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 @Value("${directives.events.max-gap-offset:1000}") int maxGapOffset,
                                                 @Value("${directives.events.gap-timeout:30s}") Duration gapTimeout,
                                                 @Value("${directives.events.fetch-size:100}") int fetchSize,
                                                 OutOfOrderDeliveries outOfOrderDeliveries) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .batchSize(fetchSize)
                .appendEvents(GapFreeStatements::appendEvents)
                .readEventDataWithoutGaps(GapFreeStatements::readEventDataWithoutGaps)
                .readEventDataWithGaps(GapFreeStatements::readEventDataWithGaps);
        return new SettledEventStorageEngine(builder, LOWEST_GLOBAL_INDEX, maxGapOffset, gapTimeout.toMillis(),
                outOfOrderDeliveries);
    }

    /** The events this application's readers received below their token's index ({@link SettledEventStorageEngine}). */
    @Bean
    public OutOfOrderDeliveries outOfOrderDeliveries() {
        return new OutOfOrderDeliveries();
    }
}
