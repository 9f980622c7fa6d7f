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
 */
public record TaskView(String id, String kind, String kindLabel, String kindLabelEn, String href, String directiveId,
                String directiveNumber, String directiveTitle, int pointNumber, String title, String leadUnitId,
                String leadUnitName, List<String> coordinatingUnitIds, List<String> coordinatingUnitNames,
                String assigneeId, String assigneeName, String enterpriseTaxCode, String enterpriseName,
                LocalDate openedOn, String openedBy, String openedByName, LocalDate dueDate,
                PendingExtension pendingExtension,
                String status, String statusLabel, String statusLabelEn, LocalDate completedOn,
                LocalDate cancelledOn, String cancellationReason, int extensionsApproved, int extensionsRejected,
                String step, String stepLabel, String stepLabelEn, long version, Instant lastRecordedAt, AsOf asOf) {

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
