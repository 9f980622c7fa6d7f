package vn.directives.query.workspace.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.directives.platform.web.RequestRefused;
import vn.directives.query.deadlines.AdoptedCalendar;
import vn.directives.platform.security.Role;
import vn.directives.platform.security.SignedInUser;
import vn.directives.query.taskboard.BoardRequest;
import vn.directives.query.taskboard.QueryParameters;
import vn.directives.query.taskboard.TaskBoard;
import vn.directives.query.taskboard.TaskView;

import java.time.LocalDate;
import java.util.List;

/**
 * The first page after signing in. The Organization Committee (and the Standing Committee and
 * inspectors, who read the same picture) see the overview of every directive and indicators
 * I1–I4 against their targets; a Steering
 * Committee member or unit officer sees their own open tasks: overdue, due within
 * {@value #SOON_WORKING_DAYS} working days, the rest waiting for their next step.
 */
@Controller
class HomePage {

    static final int SOON_WORKING_DAYS = 5;

    private final Overview overview;
    private final IndicatorChart chart;
    private final TaskBoard board;
    private final AdoptedCalendar calendar;

    HomePage(Overview overview, IndicatorChart chart, TaskBoard board, AdoptedCalendar calendar) {
        this.overview = overview;
        this.chart = chart;
        this.board = board;
        this.calendar = calendar;
    }

    @GetMapping("/")
    String home(Model model) {
        SignedInUser user = SignedInUser.current().orElseThrow();
        LocalDate today = QueryParameters.today();
        model.addAttribute("today", today);
        if (user.roles().contains(Role.STEERING_MEMBER) || user.roles().contains(Role.UNIT_OFFICER)) {
            model.addAttribute("mine", myTasks(user, today));
        }
        if (user.roles().stream().anyMatch(role -> role == Role.ORGANIZATION_COMMITTEE
                || role == Role.STANDING_COMMITTEE || role == Role.INSPECTOR)) {
            List<Overview.DirectiveCounts> directives = overview.perDirective(today);
            model.addAttribute("directives", directives);
            model.addAttribute("totals", Overview.DirectiveCounts.sum(directives));
            model.addAttribute("byUnit", overview.overdueByUnit(today));
            model.addAttribute("byMember", overview.overdueByMember(today));
            model.addAttribute("extensions", overview.pendingExtensions());
            model.addAttribute("indicatorBars", chart.at(today));
        }
        return "home/home";
    }

    private MyTasks myTasks(SignedInUser user, LocalDate today) {
        boolean member = user.roles().contains(Role.STEERING_MEMBER);
        List<TaskView> open = board.page(new BoardRequest(today.toString(), null, null, "OPEN", null,
                member ? null : user.unitId(), member ? user.userId() : null, null, null, "0",
                String.valueOf(BoardRequest.MAX_SIZE), "dueDate", "asc", null)).page().items();
        LocalDate soon = soonLimit(today);
        List<TaskView> overdue = open.stream().filter(task -> "OPEN_OVERDUE".equals(category(task))).toList();
        List<TaskView> dueSoon = open.stream().filter(task -> !"OPEN_OVERDUE".equals(category(task))
                && soon != null && !due(task).isAfter(soon)).toList();
        List<TaskView> waiting = open.stream().filter(task -> !overdue.contains(task) && !dueSoon.contains(task))
                .toList();
        List<TaskView> extensions = open.stream().filter(task -> task.pendingExtension() != null).toList();
        return new MyTasks(SOON_WORKING_DAYS, soon, overdue, dueSoon, waiting, extensions);
    }

    /** The last day of "due soon"; null when the calendar of the coming days is not adopted yet. */
    private LocalDate soonLimit(LocalDate today) {
        try {
            return calendar.addWorkingDays(today, SOON_WORKING_DAYS);
        } catch (RequestRefused calendarUnknown) {
            return null;
        }
    }

    private static String category(TaskView task) {
        return task.asOf() == null ? null : task.asOf().category();
    }

    private static LocalDate due(TaskView task) {
        return task.asOf() == null ? task.dueDate() : task.asOf().dueDate();
    }

    record MyTasks(int soonWorkingDays, LocalDate soonUntil, List<TaskView> overdue, List<TaskView> dueSoon,
                   List<TaskView> waiting, List<TaskView> extensions) {
    }
}
