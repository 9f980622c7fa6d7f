package vn.directives.query.taskboard;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drives events through the real task board projection, the way its processor does: each event
 * as a domain event message of its task (sequence numbers 0, 1, 2, … per task, the time it was
 * recorded), dispatched by Axon's own annotation adapter to the {@code @EventHandler} that takes
 * it, within a database transaction. The processor itself keeps following the event store, where
 * these tasks never are, so tests are not at the mercy of its polling.
 */
public final class TaskBoardFeed {

    private final AnnotationEventHandlerAdapter handlers;
    private final TransactionTemplate transactions;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private final List<DomainEventMessage<?>> applied = new ArrayList<>();

    TaskBoardFeed(ApplicationContext context) {
        this.handlers = new AnnotationEventHandlerAdapter(context.getBean(TaskBoardProjection.class));
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /** Opens a task of the kind with its kind's opening event. */
    public TaskScript open(TaskKind kind, TaskHeader header, LocalDate openedOn) {
        String taskId = UUID.randomUUID().toString();
        apply(taskId, TaskScript.opening(kind, taskId, header, openedOn));
        return new TaskScript(this, taskId, kind, header);
    }

    /** Applies the task's next event. */
    public void apply(String taskId, Object event) {
        long sequence = nextSequence.merge(taskId, 1L, Long::sum) - 1;
        DomainEventMessage<?> message = new GenericDomainEventMessage<>(event.getClass().getSimpleName(), taskId,
                sequence, event, MetaData.emptyInstance(), UUID.randomUUID().toString(), Instant.now());
        applied.add(message);
        handle(message);
    }

    /** Applies again, in the same order, every event this feed has applied: a replay over an intact board. */
    public void applyEverythingAgain() {
        List.copyOf(applied).forEach(this::handle);
    }

    private void handle(DomainEventMessage<?> message) {
        transactions.executeWithoutResult(status -> {
            try {
                handlers.handle(message);
            } catch (Exception e) {
                throw new IllegalStateException("handling " + message.getPayloadType().getSimpleName() + " failed", e);
            }
        });
    }
}
