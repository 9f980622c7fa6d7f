package vn.directives.query.deadlines;

import vn.directives.events.task.TaskKind;
import vn.directives.platform.web.TaskKindCollection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * One open task as a deadline list reads it, with the names beside its ids and the working and
 * calendar days of its gap to the date asked.
 */
record TaskRow(String taskId, TaskKindCollection kind, String title, String leadUnitId, String leadUnitName,
               String assigneeId, String assigneeName, LocalDate dueDate, int workingDays, int calendarDays) {

    /**
     * The task columns of {@code query.task_deadline}, the names {@code lead_unit_name} and
     * {@code assignee_name}, and the {@code working_days} and {@code calendar_days} computed.
     */
    static TaskRow read(ResultSet row) throws SQLException {
        return new TaskRow(row.getString("task_id"), TaskKindCollection.of(TaskKind.valueOf(row.getString("kind"))),
                row.getString("title"), row.getString("lead_unit_id"), row.getString("lead_unit_name"),
                row.getString("assignee_id"), row.getString("assignee_name"), row.getObject("due_date", LocalDate.class),
                row.getInt("working_days"), row.getInt("calendar_days"));
    }

    UpcomingDeadlines.Item upcoming() {
        return new UpcomingDeadlines.Item(taskId, kind.kind().name(), kind.label(), kind.labelEn(), title, leadUnitId,
                leadUnitName, assigneeId, assigneeName, dueDate, workingDays, calendarDays);
    }

    OverdueDeadlines.Item overdue() {
        return new OverdueDeadlines.Item(taskId, kind.kind().name(), kind.label(), kind.labelEn(), title, leadUnitId,
                leadUnitName, assigneeId, assigneeName, dueDate, workingDays, calendarDays);
    }
}
