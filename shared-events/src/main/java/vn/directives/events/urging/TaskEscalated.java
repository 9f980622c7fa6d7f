package vn.directives.events.urging;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The overdue task was brought to the lead unit and the Organization Committee, for the
 * {@code round}-th time (1 first, then weekly), {@code workingDaysOverdue} working days after
 * its due date.
 */
@Revision("1")
public record TaskEscalated(String taskId, String noticeId, String assigneeId, String leadUnitId,
                            LocalDate dueDate, int workingDaysOverdue, int round, LocalDate effectiveOn)
        implements UrgingEvent {
}
