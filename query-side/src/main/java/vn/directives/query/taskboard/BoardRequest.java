package vn.directives.query.taskboard;

import vn.directives.events.task.TaskKind;
import vn.directives.platform.web.RequestRefused;

import java.time.LocalDate;

/**
 * The query parameters of the board, as given: text, read here so that a bad value answers 400
 * naming the parameter. Every one is optional.
 *
 * @param at          the date the deadline categories are judged at (default: today in Vietnam)
 * @param directiveId tasks of this directive
 * @param kind        SURVEY, CELL_ESTABLISHMENT, MEMBER_TRANSFER, TRAINING_COURSE or GENERAL
 * @param status      OPEN, COMPLETED or CANCELLED (now)
 * @param category    DONE_ON_TIME, DONE_LATE, OPEN_WITHIN_DEADLINE, OPEN_OVERDUE or CANCELLED (at the date)
 * @param unitId      tasks this unit leads or coordinates
 * @param assigneeId  tasks assigned to this Steering Committee member at the date
 * @param dueFrom     due (at the date) on or after
 * @param dueTo       due (at the date) on or before
 * @param page        page number from 0
 * @param size        tasks per page, 1 to 200 (default 50)
 * @param sort        dueDate (default), openedOn or title
 * @param direction   asc (default) or desc
 * @param pointNumber tasks following this point of their directive (with directiveId: of that directive)
 */
public record BoardRequest(String at, String directiveId, String kind, String status, String category, String unitId,
                    String assigneeId, String dueFrom, String dueTo, String page, String size, String sort,
                    String direction, String pointNumber) {

    public static final int MAX_SIZE = 200;
    private static final int DEFAULT_SIZE = 50;

    /** The query, for every kind or, from a kind's collection, for that kind only. */
    BoardQuery toQuery(TaskKind collectionKind) {
        TaskKind askedKind = QueryParameters.oneOf("kind", kind, TaskKind.class);
        if (collectionKind != null && askedKind != null && askedKind != collectionKind) {
            throw RequestRefused.invalid("kind", "collection-kind",
                    "Tham số 'kind' phải là " + collectionKind + " trong danh sách này, hoặc bỏ trống.",
                    "Parameter 'kind' must be " + collectionKind + " in this collection, or be left out.");
        }
        LocalDate from = QueryParameters.date("dueFrom", dueFrom);
        LocalDate to = QueryParameters.date("dueTo", dueTo);
        if (from != null && to != null && from.isAfter(to)) {
            throw RequestRefused.invalid("dueTo", "not-before-due-from",
                    "Tham số 'dueTo' không được trước 'dueFrom'.", "Parameter 'dueTo' cannot be before 'dueFrom'.");
        }
        return new BoardQuery(atOrToday(at),
                QueryParameters.text(directiveId),
                collectionKind != null ? collectionKind : askedKind,
                QueryParameters.oneOf("status", status, TaskStatus.class),
                QueryParameters.oneOf("category", category, DeadlineCategory.class),
                QueryParameters.text(unitId),
                QueryParameters.text(assigneeId),
                from, to,
                QueryParameters.integer("page", page, 0, 0, 1_000_000),
                QueryParameters.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE),
                BoardSort.parse(sort),
                BoardSort.descending(direction),
                pointNumber == null || pointNumber.isBlank() ? null
                        : QueryParameters.integer("pointNumber", pointNumber, 0, 1, 99));
    }

    static LocalDate atOrToday(String at) {
        LocalDate date = QueryParameters.date("at", at);
        return date == null ? QueryParameters.today() : date;
    }
}
