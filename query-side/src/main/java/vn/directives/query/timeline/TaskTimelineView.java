package vn.directives.query.timeline;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import vn.directives.platform.web.ResultPage;

/** One page of a task's timeline, oldest step first. */
record TaskTimelineView(String taskId, String lang, @JsonUnwrapped ResultPage<TimelineEntryView> page) {
}
