package vn.directives.query.taskboard;

import vn.directives.platform.web.RequestRefused;

import java.util.Arrays;
import java.util.Locale;

/** What the board can be sorted by ({@code sort}), and in which direction ({@code direction}). */
enum BoardSort {

    /** The due date in force at the date asked about. */
    DUE_DATE("dueDate", "due_at"),
    OPENED_ON("openedOn", "opened_on"),
    TITLE("title", "title");

    private final String parameter;
    private final String column;

    BoardSort(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    static BoardSort parse(String value) {
        if (value == null || value.isBlank()) {
            return DUE_DATE;
        }
        return Arrays.stream(values()).filter(sort -> sort.parameter.equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> RequestRefused.invalid("sort", "one-of",
                        "Tham số 'sort' chỉ nhận một trong các giá trị: dueDate, openedOn, title.",
                        "Parameter 'sort' must be one of: dueDate, openedOn, title."));
    }

    /** {@code asc} (the default) or {@code desc}: true for descending. */
    static boolean descending(String direction) {
        if (direction == null || direction.isBlank()) {
            return false;
        }
        return switch (direction.trim().toLowerCase(Locale.ROOT)) {
            case "asc" -> false;
            case "desc" -> true;
            default -> throw RequestRefused.invalid("direction", "one-of",
                    "Tham số 'direction' chỉ nhận asc hoặc desc.", "Parameter 'direction' must be asc or desc.");
        };
    }

    String column() {
        return column;
    }
}
