package vn.directives.query.timeline;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import vn.directives.events.cellestablishment.CellEstablishmentEvent;
import vn.directives.events.generaltask.GeneralTaskEvent;
import vn.directives.events.discussion.DiscussionEvent;
import vn.directives.events.membertransfer.MemberTransferEvent;
import vn.directives.events.metadata.MetadataKeys;
import vn.directives.events.survey.SurveyEvent;
import vn.directives.events.task.TaskLifecycleEvent;
import vn.directives.events.trainingcourse.TrainingCourseEvent;
import vn.directives.events.urging.UrgingEvent;

/**
 * Keeps the timeline of every task: one entry per event of the task, with the acting user, the
 * roles they acted in and the request (from the event's metadata), when it was recorded and
 * when it took effect, and what it changed in Vietnamese and English.
 *
 * <p>Safe to replay: an entry is keyed by its event's identifier and a second insert of it does
 * nothing. The reset handler empties the table so that a rebuild starts clean.
 */
@Component
@ProcessingGroup(TaskTimelineProjection.GROUP)
class TaskTimelineProjection {

    static final String GROUP = "task-timeline";

    private static final TimelineSentences SENTENCES = TimelineSentences.forEveryTaskEvent();

    private final TimelineEntries entries;

    TaskTimelineProjection(TimelineEntries entries) {
        this.entries = entries;
    }

    @EventHandler
    void on(TaskLifecycleEvent event, DomainEventMessage<?> message) {
        record(event.taskId(), event, message);
    }

    @EventHandler
    void on(SurveyEvent event, DomainEventMessage<?> message) {
        record(event.taskId(), event, message);
    }

    @EventHandler
    void on(CellEstablishmentEvent event, DomainEventMessage<?> message) {
        record(event.taskId(), event, message);
    }

    @EventHandler
    void on(MemberTransferEvent event, DomainEventMessage<?> message) {
        record(event.taskId(), event, message);
    }

    @EventHandler
    void on(TrainingCourseEvent event, DomainEventMessage<?> message) {
        record(event.taskId(), event, message);
    }

    @EventHandler
    void on(GeneralTaskEvent event, DomainEventMessage<?> message) {
        record(event.taskId(), event, message);
    }

    @EventHandler
    void on(UrgingEvent event, DomainEventMessage<?> message) {
        record(event.taskId(), event, message);
    }

    @EventHandler
    void on(DiscussionEvent event, DomainEventMessage<?> message) {
        record(event.taskId(), event, message);
    }

    @ResetHandler
    void reset() {
        entries.clear();
    }

    private void record(String taskId, Object event, DomainEventMessage<?> message) {
        WhatChanged change = SENTENCES.describe(event);
        MetaData metaData = message.getMetaData();
        entries.add(new TimelineEntry(message.getIdentifier(), taskId, message.getSequenceNumber(),
                event.getClass().getSimpleName(), text(metaData, MetadataKeys.ACTOR),
                text(metaData, MetadataKeys.ROLE), text(metaData, MetadataKeys.CORRELATION_ID), message.getTimestamp(),
                change.effectiveOn(), change.vietnamese(), change.english()));
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }
}
