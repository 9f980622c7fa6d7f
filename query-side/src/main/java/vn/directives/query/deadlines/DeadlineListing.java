package vn.directives.query.deadlines;

import vn.directives.platform.web.Paging;
import vn.directives.platform.web.RequestRefused;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which open tasks a deadline question looks at (lead unit, assignee) and which page of them in
 * which order. Built from request parameters; an out-of-range one is refused naming it.
 */
record DeadlineListing(String unitId, String assigneeId, int page, int size, String orderBy) {

    static final int MAX_SIZE = 200;

    /** Sortable fields and their columns; the due date, then the task id, break ties. */
    private static final SortedMap<String, String> SORTABLE = new TreeMap<>(Map.of(
            "dueDate", "t.due_date",
            "title", "t.title",
            "kind", "t.kind",
            "leadUnitId", "t.lead_unit_id",
            "assigneeId", "t.assignee_id"));

    /** Only the filters, for questions that do not page (the grouped counts). */
    static DeadlineListing filter(String unitId, String assigneeId) {
        return new DeadlineListing(blankToNull(unitId), blankToNull(assigneeId), 0, MAX_SIZE, "t.due_date");
    }

    static DeadlineListing of(String unitId, String assigneeId, int page, int size, String sort) {
        Paging paging = Paging.of(page, size, size, MAX_SIZE);
        return new DeadlineListing(blankToNull(unitId), blankToNull(assigneeId), paging.page(), paging.size(),
                orderBy(sort));
    }

    Paging paging() {
        return new Paging(page, size);
    }

    /** SQL conditions on the task table {@code t} for the filters given, each starting with AND. */
    String conditions() {
        return (unitId == null ? "" : " AND t.lead_unit_id = :unitId")
                + (assigneeId == null ? "" : " AND t.assignee_id = :assigneeId");
    }

    /** The named parameters of {@link #conditions()} and of the page. */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        if (unitId != null) {
            parameters.put("unitId", unitId);
        }
        if (assigneeId != null) {
            parameters.put("assigneeId", assigneeId);
        }
        parameters.put("limit", size);
        parameters.put("offset", (long) page * size);
        return parameters;
    }

    private static String orderBy(String sort) {
        String[] parts = sort.split(",", -1);
        String column = SORTABLE.get(parts[0].strip());
        String direction = parts.length == 2 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
        if (column == null || parts.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
            throw RequestRefused.invalid("sort", "one-of",
                    "Sắp xếp (sort) phải là một trong " + SORTABLE.keySet() + ", có thể kèm ',asc' hoặc ',desc'.",
                    "Sort by one of " + SORTABLE.keySet() + ", optionally followed by ',asc' or ',desc'.");
        }
        return column + " " + direction + ", t.due_date, t.task_id";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
