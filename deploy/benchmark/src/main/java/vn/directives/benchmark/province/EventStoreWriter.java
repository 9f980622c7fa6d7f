package vn.directives.benchmark.province;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.directives.command.CommandSideApplication;
import vn.directives.command.task.AttachmentStore;
import vn.directives.command.task.Document;
import vn.directives.events.discussion.AttachmentAdded;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes generated events straight into the event store, through the command side's own Axon
 * storage engine, serializer and transaction manager (its Spring context, in this JVM): the rows are what the command side would store for the same events, and the bytes of
 * attached documents go through its attachment store in the same transaction. Batches of
 * {@value #BATCH} events, one transaction each.
 */
public final class EventStoreWriter implements Consumer<HistoryEvent>, AutoCloseable {

    private static final int BATCH = 2_000;

    private final ConfigurableApplicationContext commandSide;
    private final EventStorageEngine storage;
    private final TransactionManager transactions;
    private final AttachmentStore attachments;
    private final List<DomainEventMessage<?>> batch = new ArrayList<>(BATCH);
    /** The files of the batch's attachments, stored in its transaction, as the command side stores them with the event. */
    private final List<AttachmentAdded> files = new ArrayList<>();

    public EventStoreWriter(String databaseUrl) {
        // batched inserts travel as multi-row statements; the rows are the same
        String url = databaseUrl + (databaseUrl.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
        this.commandSide = new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                // its controllers need a servlet context; nothing is sent to it
                .run("--spring.datasource.url=" + url, "--server.address=127.0.0.1", "--server.port=0",
                        "--spring.main.banner-mode=off");
        this.storage = commandSide.getBean(EventStorageEngine.class);
        this.transactions = commandSide.getBean(TransactionManager.class);
        this.attachments = commandSide.getBean(AttachmentStore.class);
    }

    @Override
    public void accept(HistoryEvent event) {
        batch.add(new GenericDomainEventMessage<>(event.aggregateType(), event.aggregateId(), event.sequence(),
                event.payload(), event.metaData(), event.eventId(), event.recordedAt()));
        if (event.payload() instanceof AttachmentAdded added) {
            files.add(added);
        }
        if (batch.size() == BATCH) {
            flush();
        }
    }

    /** Stores what is still batched. */
    public void flush() {
        if (!batch.isEmpty()) {
            List<DomainEventMessage<?>> events = List.copyOf(batch);
            List<AttachmentAdded> added = List.copyOf(files);
            transactions.executeInTransaction(() -> {
                storage.appendEvents(events);
                added.forEach(file -> attachments.store(file.taskId(), new Document(file.attachmentId(),
                        file.fileName(), file.mediaType(), file.sha256(),
                        Attachments.content(file.attachmentId(), file.mediaType(), file.sizeBytes()))));
            });
            batch.clear();
            files.clear();
        }
    }

    /**
     * After a bulk load, as after any: without fresh statistics and visibility map, the first
     * commands on the history would pay for the planner's guesses and for autovacuum catching up.
     */
    public void vacuumAnalyze() {
        commandSide.getBean(JdbcTemplate.class).execute("VACUUM (ANALYZE) events.domain_event_entry");
    }

    @Override
    public void close() {
        flush();
        commandSide.close();
    }
}
