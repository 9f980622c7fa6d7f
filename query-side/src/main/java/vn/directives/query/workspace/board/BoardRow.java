package vn.directives.query.workspace.board;

import java.time.LocalDate;
import java.util.List;

/**
 * One task as the board page shows it: names instead of ids (the enterprise of a cell establishment, else null), the due date and deadline category
 * at the date shown (category null for a task not yet opened then).
 */
public record BoardRow(String taskId, String title, String kind, String directiveNumber, int pointNumber,
                       String leadUnit, List<String> coordinatingUnits, String assignee, String enterprise,
                       LocalDate dueDate, String category, String status) {
}
