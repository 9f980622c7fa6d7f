package vn.directives.query.taskboard;

import java.time.LocalDate;
import java.util.List;

/** One page of the board at a date, with how many tasks match in all. */
public record TaskPage(LocalDate at, int page, int size, long totalElements, int totalPages, List<TaskView> items) {
}
