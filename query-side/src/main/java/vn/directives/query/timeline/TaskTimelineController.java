package vn.directives.query.timeline;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.platform.web.Paging;
import vn.directives.platform.web.RequestRefused;
import vn.directives.platform.web.ResultPage;

/** Who did what and when to one task: {@code GET /api/tasks/{taskId}/timeline?lang=&page=&size=}. */
@RestController
class TaskTimelineController {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 200;

    private final TimelineEntries entries;

    TaskTimelineController(TimelineEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/api/tasks/{taskId}/timeline")
    TaskTimelineView timeline(@PathVariable String taskId,
                              @RequestParam(required = false) String lang,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size) {
        Language language = Language.fromParameter(lang);
        Paging paging = Paging.of(page, size, DEFAULT_SIZE, MAX_SIZE);
        long total = entries.count(taskId);
        if (total == 0) {
            throw RequestRefused.notFound("Không có nhiệm vụ nào với mã này.",
                    "No task with this id exists here.");
        }
        return new TaskTimelineView(taskId, language.tag(), ResultPage.of(
                entries.page(taskId, paging.offset(), size).stream()
                        .map(entry -> TimelineEntryView.of(entry, language))
                        .toList(), paging, total));
    }
}
