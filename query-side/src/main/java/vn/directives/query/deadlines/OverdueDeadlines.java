package vn.directives.query.deadlines;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import vn.directives.platform.web.ResultPage;

import java.time.LocalDate;
import java.util.List;

/**
 * Open tasks whose due date is before {@code at}.
 *
 * @param provisionalYears years of the range whose calendar is provisional: counts may move
 */
record OverdueDeadlines(LocalDate at, List<Integer> provisionalYears, @JsonUnwrapped ResultPage<Item> page) {

    /**
     * A task and how late it is at {@code at}: the working days after its due date up to and
     * including {@code at}, and the calendar days. Its lead unit is named as it was at {@code at}.
     */
    record Item(String taskId, String kind, String kindLabel, String kindLabelEn, String title,
                String leadUnitId, String leadUnitName, String assigneeId, String assigneeName, LocalDate dueDate,
                int workingDaysOverdue, int calendarDaysOverdue) {
    }
}
