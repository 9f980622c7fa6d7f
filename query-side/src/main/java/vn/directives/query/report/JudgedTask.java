package vn.directives.query.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A task as it stood at a cut: its category, due date in force (the latest approved extension),
 * assignee and completion. A task counts for the year if it was open at some time during the
 * period: opened by the cut and not completed or cancelled before the period began.
 */
record JudgedTask(TaskFacts task, Category category, LocalDate due, String assigneeId, LocalDate completedOn) {

    static Optional<JudgedTask> at(TaskFacts task, Cut cut, LocalDate periodFrom) {
        if (!cut.sees(task.opened)) {
            return Optional.empty();
        }
        boolean done = task.completed != null && cut.sees(task.completed);
        boolean cancelled = task.cancelled != null && cut.sees(task.cancelled);
        if (done && task.completed.effectiveOn().isBefore(periodFrom)
                || cancelled && task.cancelled.effectiveOn().isBefore(periodFrom)) {
            return Optional.empty();
        }
        LocalDate due = Dated.lastRecorded(task.dueDates, cut).orElseThrow().value();
        String assignee = Dated.lastRecorded(task.assignees, cut).orElseThrow().value();
        LocalDate completedOn = done ? task.completed.effectiveOn() : null;
        Category category;
        if (cancelled) {
            category = Category.CANCELLED;
        } else if (done) {
            category = completedOn.isAfter(due) ? Category.DONE_LATE : Category.DONE_ON_TIME;
        } else {
            category = due.isAfter(cut.date()) ? Category.OPEN_WITHIN_DEADLINE : Category.OPEN_OVERDUE;
        }
        return Optional.of(new JudgedTask(task, category, due, assignee, completedOn));
    }

    /** Calendar days past the due date: at completion, or at the cut-off for a task still open. */
    Integer daysLate(LocalDate cutOff) {
        return switch (category) {
            case DONE_LATE -> (int) ChronoUnit.DAYS.between(due, completedOn);
            case OPEN_OVERDUE -> (int) ChronoUnit.DAYS.between(due, cutOff);
            default -> null;
        };
    }
}
