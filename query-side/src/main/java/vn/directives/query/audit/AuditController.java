package vn.directives.query.audit;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.platform.web.RequestRefused;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * The audit trail for inspectors (INSPECTOR): everything a user did in a period, everything done
 * to a task or within a unit, and the refused attempts; each as JSON or, with {@code format=csv},
 * as a CSV file. Periods are dates in Vietnam's time zone, both ends included.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private static final int MAX_LIMIT = 10_000;
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/users/{userId}/actions")
    ResponseEntity<?> byUser(@PathVariable String userId, @RequestParam(required = false) LocalDate from,
                             @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") long after,
                             @RequestParam(defaultValue = "1000") int limit,
                             @RequestParam(defaultValue = "json") String format) {
        return entries(trail.byUser(userId, window(from, to, after, limit)), format, "audit-user.csv");
    }

    @GetMapping("/tasks/{taskId}/actions")
    ResponseEntity<?> byTask(@PathVariable String taskId, @RequestParam(required = false) LocalDate from,
                             @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") long after,
                             @RequestParam(defaultValue = "1000") int limit,
                             @RequestParam(defaultValue = "json") String format) {
        return entries(trail.byTask(taskId, window(from, to, after, limit)), format, "audit-task.csv");
    }

    @GetMapping("/units/{unitId}/actions")
    ResponseEntity<?> byUnit(@PathVariable String unitId, @RequestParam(required = false) LocalDate from,
                             @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") long after,
                             @RequestParam(defaultValue = "1000") int limit,
                             @RequestParam(defaultValue = "json") String format) {
        return entries(trail.byUnit(unitId, window(from, to, after, limit)), format, "audit-unit.csv");
    }

    @GetMapping("/refusals")
    ResponseEntity<?> refusals(@RequestParam(required = false) String user,
                               @RequestParam(required = false) LocalDate from,
                               @RequestParam(required = false) LocalDate to,
                               @RequestParam(defaultValue = "1000") int limit,
                               @RequestParam(defaultValue = "json") String format) {
        return answer(trail.refusals(user, window(from, to, 0, limit)), format, "audit-refusals.csv",
                AuditCsv::refusals);
    }

    private static ResponseEntity<?> entries(List<AuditEntry> entries, String format, String file) {
        return answer(entries, format, file, AuditCsv::entries);
    }

    private static <T> ResponseEntity<?> answer(List<T> rows, String format, String file,
                                                Function<List<T>, byte[]> csv) {
        return switch (format) {
            case "json" -> ResponseEntity.ok(rows);
            case "csv" -> ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                    .body(csv.apply(rows));
            default -> throw RequestRefused.invalid("format", "unknown-format",
                    "Định dạng phải là json hoặc csv.", "The format must be json or csv.");
        };
    }

    private static AuditTrail.Window window(LocalDate from, LocalDate to, long after, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw RequestRefused.invalid("limit", "out-of-range", "limit phải từ 1 đến 10000.",
                    "limit must be between 1 and 10000.");
        }
        if (after < 0) {
            throw RequestRefused.invalid("after", "out-of-range", "after không được âm.",
                    "after cannot be negative.");
        }
        LocalDate start = from == null ? LocalDate.of(2000, 1, 1) : from;
        LocalDate end = to == null ? LocalDate.of(2100, 1, 1) : to;
        if (end.isBefore(start)) {
            throw RequestRefused.invalid("to", "before-from", "Ngày kết thúc đứng trước ngày bắt đầu.",
                    "The end date is before the start date.");
        }
        return new AuditTrail.Window(start.atStartOfDay(AuditTrail.VIETNAM).toInstant(),
                end.plusDays(1).atStartOfDay(AuditTrail.VIETNAM).toInstant(), after, limit);
    }
}
