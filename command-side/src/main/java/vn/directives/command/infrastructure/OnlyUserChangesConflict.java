package vn.directives.command.infrastructure;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolution;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import vn.directives.events.discussion.DiscussionEvent;
import vn.directives.events.urging.TaskDeadlineMissed;
import vn.directives.events.urging.TaskEscalated;
import vn.directives.events.urging.TaskReminderIssued;
import vn.directives.events.urging.UrgingNoticeDelivered;

import java.util.List;
import java.util.Set;

/**
 * Decides what a stale {@code If-Match} conflicts with. A command whose expected version is behind
 * the aggregate's sees the events it has not seen; it conflicts only when one of them was caused
 * by a user. The service's own urging (reminders, the missed deadline, escalations and the
 * deliveries of their notices) moves the version too, but changes nothing a user decides on, so
 * a user who read the task before a reminder fired still takes their next step. Discussion (comments,
 * attachments, an urging on the spot) is a user's, but likewise changes nothing a step decides on.
 * Without this,
 * Axon refuses every command whose expected version is not the latest.
 */
class OnlyUserChangesConflict implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final Set<Class<?>> SYSTEM_EVENTS = Set.of(TaskReminderIssued.class, TaskDeadlineMissed.class,
            TaskEscalated.class, UrgingNoticeDelivered.class);

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        Object result = interceptorChain.proceed();
        // the repository registered a resolver only when If-Match was behind; otherwise a no-op
        ConflictResolution.getConflictResolver().detectConflicts(OnlyUserChangesConflict::anyByAUser);
        return result;
    }

    static boolean anyByAUser(List<DomainEventMessage<?>> unseen) {
        return unseen.stream().anyMatch(event -> !SYSTEM_EVENTS.contains(event.getPayloadType())
                && !DiscussionEvent.class.isAssignableFrom(event.getPayloadType()));
    }
}
