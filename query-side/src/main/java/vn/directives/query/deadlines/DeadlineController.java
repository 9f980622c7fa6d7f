package vn.directives.query.deadlines;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.platform.web.RequestRefused;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Deadlines of open tasks counted in working days by the adopted calendar: upcoming, overdue,
 * and both counted per lead unit and per Steering Committee member. {@code at} is the day the
 * count starts from (default: today in the province); lists and counts show each task as it
 * stands now (its due date after approved extensions, its current assignee).
 */
@RestController
@RequestMapping("/api/deadlines")
class DeadlineController {

    static final int MAX_WORKING_DAYS = 250;
    private static final String DEFAULT_WORKING_DAYS = "5";
    private static final String DEFAULT_PAGE_SIZE = "50";

    private final DeadlineQueries queries;
    private final ZoneId zone;

    DeadlineController(DeadlineQueries queries, @Value("${directives.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        this.queries = queries;
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/upcoming")
    UpcomingDeadlines upcoming(@RequestParam(defaultValue = DEFAULT_WORKING_DAYS) int withinWorkingDays,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                               @RequestParam(required = false) String unitId,
                               @RequestParam(required = false) String assigneeId,
                               @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = DEFAULT_PAGE_SIZE) int size,
                               @RequestParam(defaultValue = "dueDate") String sort) {
        return queries.upcoming(dayOrToday(at), checked(withinWorkingDays),
                DeadlineListing.of(unitId, assigneeId, page, size, sort));
    }

    @GetMapping("/overdue")
    OverdueDeadlines overdue(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                             @RequestParam(required = false) String unitId,
                             @RequestParam(required = false) String assigneeId,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = DEFAULT_PAGE_SIZE) int size,
                             @RequestParam(defaultValue = "dueDate") String sort) {
        return queries.overdue(dayOrToday(at), DeadlineListing.of(unitId, assigneeId, page, size, sort));
    }

    @GetMapping("/by-unit")
    DeadlineCounts<DeadlineCounts.ByUnit> byUnit(
            @RequestParam(defaultValue = DEFAULT_WORKING_DAYS) int withinWorkingDays,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @RequestParam(required = false) String unitId,
            @RequestParam(required = false) String assigneeId) {
        return queries.byUnit(dayOrToday(at), checked(withinWorkingDays), DeadlineListing.filter(unitId, assigneeId));
    }

    @GetMapping("/by-member")
    DeadlineCounts<DeadlineCounts.ByMember> byMember(
            @RequestParam(defaultValue = DEFAULT_WORKING_DAYS) int withinWorkingDays,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @RequestParam(required = false) String unitId,
            @RequestParam(required = false) String assigneeId) {
        return queries.byMember(dayOrToday(at), checked(withinWorkingDays),
                DeadlineListing.filter(unitId, assigneeId));
    }

    private LocalDate dayOrToday(LocalDate at) {
        return at == null ? LocalDate.now(zone) : at;
    }

    private static int checked(int withinWorkingDays) {
        if (withinWorkingDays < 0 || withinWorkingDays > MAX_WORKING_DAYS) {
            throw RequestRefused.invalid("withinWorkingDays", "out-of-range",
                    "Số ngày làm việc (withinWorkingDays) phải từ 0 đến " + MAX_WORKING_DAYS + ".",
                    "The number of working days must be between 0 and " + MAX_WORKING_DAYS + ".");
        }
        return withinWorkingDays;
    }
}
