package vn.directives.query.timeline;

import java.util.List;

/** One page of a task's timeline, oldest step first. */
record TaskTimelineView(String taskId, String lang, int page, int size, long totalEntries,
                        List<TimelineEntryView> entries) {
}
