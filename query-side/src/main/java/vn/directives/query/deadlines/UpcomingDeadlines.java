package vn.directives.query.deadlines;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import vn.directives.platform.web.ResultPage;

import java.time.LocalDate;
import java.util.List;

/**
 * Open tasks due from {@code at} to within {@code withinWorkingDays} working days after it: a task
 * counts when no more than that many working days lie after {@code at} up to its due date, so one
 * due on the last counted working day ({@code lastWorkingDay}) counts, and so does one due on a
 * weekend or holiday before the next working day.
 *
 * @param provisionalYears years of the range whose calendar is provisional: deadlines may move
 */
record UpcomingDeadlines(LocalDate at, int withinWorkingDays, LocalDate lastWorkingDay,
                         List<Integer> provisionalYears, @JsonUnwrapped ResultPage<Item> page) {

    /** A task (its lead unit named as it was at {@code at}) and the working and calendar days left to its due date. */
    record Item(String taskId, String kind, String kindLabel, String kindLabelEn, String title,
                String leadUnitId, String leadUnitName, String assigneeId, String assigneeName, LocalDate dueDate,
                int workingDaysLeft, int calendarDaysLeft) {
    }
}
