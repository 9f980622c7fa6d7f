package vn.directives.query.taskboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One task on the board: what it is now (status, current due date, assignee, version for
 * {@code If-Match}, when its last event was recorded) and, in {@code asOf}, how it stood at the
 * date asked about. Beside each id its name ({@link vn.directives.query.names.Names}): units as
 * they were named at the date asked about ({@code coordinatingUnitNames} in the order of
 * {@code coordinatingUnitIds}), members by their display name; a name not known is null.
 * {@code openedByName} is set only when the task was opened by a Steering Committee member; the
 * enterprise is that of a cell establishment (null for the other kinds).
 *
 * <p>{@code parentTaskId} names the task a sub-task was delegated from (null for a task opened on
 * its own); {@code general} holds what only a general task has (null for the other kinds). When one
 * task is read, {@code subTasks} lists every task delegated from it, directly or further down, in
 * tree order, and {@code subTasksProgress} is the mean progress of its direct sub-tasks that are
 * not cancelled (null without any); in a page of tasks both are null.
 */
public record TaskView(String id, String kind, String kindLabel, String kindLabelEn, String href, String directiveId,
                String directiveNumber, String directiveTitle, int pointNumber, String title, String leadUnitId,
                String leadUnitName, List<String> coordinatingUnitIds, List<String> coordinatingUnitNames,
                String assigneeId, String assigneeName, String enterpriseTaxCode, String enterpriseName,
                LocalDate openedOn, String openedBy, String openedByName, LocalDate dueDate,
                PendingExtension pendingExtension,
                String status, String statusLabel, String statusLabelEn, LocalDate completedOn,
                LocalDate cancelledOn, String cancellationReason, int extensionsApproved, int extensionsRejected,
                String step, String stepLabel, String stepLabelEn, long version, Instant lastRecordedAt, AsOf asOf,
                String parentTaskId, General general, List<SubTask> subTasks, Integer subTasksProgress) {

    /**
     * A general task's own facts: what is to be done, the product expected, the last progress
     * reported ({@code progress}: 100 once completed) and the product document named at completion.
     */
    public record General(String description, String expectedProduct, int progress, String progressText,
                          LocalDate progressOn, String productDocument) {
    }

    /**
     * A task delegated from this one: {@code depth} 1 for a direct sub-task, 2 for its own
     * sub-tasks…; {@code parentTaskId} the task it was delegated from; its state and deadline
     * category at the date asked about, and its progress (100 once completed).
     */
    public record SubTask(String id, String parentTaskId, int depth, String title, String href, String leadUnitId,
                          String leadUnitName, String assigneeId, String assigneeName, LocalDate dueDate,
                          String status, String statusLabel, String statusLabelEn, String category,
                          String categoryLabel, String categoryLabelEn, int progress) {
    }

    /** An extension asked for and not decided yet. */
    public record PendingExtension(String extensionId, LocalDate requestedDueDate, LocalDate requestedOn) {
    }

    /**
     * The task at the date: the due date then in force, the member it was assigned to, and its
     * deadline category. Null for a task not yet opened at the date.
     */
    public record AsOf(LocalDate date, LocalDate dueDate, String assigneeId, String assigneeName, String category,
                String categoryLabel, String categoryLabelEn) {
    }
}
