package vn.directives.query.timeline;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.platform.web.RequestRefused;

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
        if (page < 0) {
            throw RequestRefused.invalid("page", "out-of-range", "Số trang không được âm.",
                    "The page must not be negative.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw RequestRefused.invalid("size", "out-of-range", "Cỡ trang phải từ 1 đến " + MAX_SIZE + ".",
                    "The page size must be between 1 and " + MAX_SIZE + ".");
        }
        long total = entries.count(taskId);
        if (total == 0) {
            throw RequestRefused.notFound("Không có nhiệm vụ nào với mã này.",
                    "No task with this id exists here.");
        }
        return new TaskTimelineView(taskId, language.tag(), page, size, total,
                entries.page(taskId, (long) page * size, size).stream()
                        .map(entry -> TimelineEntryView.of(entry, language))
                        .toList());
    }
}
