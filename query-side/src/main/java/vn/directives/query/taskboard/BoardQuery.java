package vn.directives.query.taskboard;

import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/** A question to the board, checked: null filters are not applied. */
record BoardQuery(LocalDate at, String directiveId, TaskKind kind, TaskStatus status, DeadlineCategory category,
                  String unitId, String assigneeId, LocalDate dueFrom, LocalDate dueTo, int page, int size,
                  BoardSort sort, boolean descending) {

    long offset() {
        return (long) page * size;
    }
}
