package vn.directives.query.taskboard;

import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/** A question to the board, checked: null filters are not applied. */
record BoardQuery(LocalDate at, String directiveId, TaskKind kind, TaskStatus status, DeadlineCategory category,
                  String unitId, String assigneeId, LocalDate dueFrom, LocalDate dueTo, int page, int size,
                  BoardSort sort, boolean descending, Integer pointNumber) {

    /** Whether a filter asks about the task as it stood at the date (its category, assignee or due date then). */
    boolean filtersOnTheDate() {
        return category != null || assigneeId != null || dueFrom != null || dueTo != null;
    }

    long offset() {
        return (long) page * size;
    }
}
