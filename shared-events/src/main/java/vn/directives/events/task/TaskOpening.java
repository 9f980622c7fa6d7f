package vn.directives.events.task;

import java.time.LocalDate;

/**
 * Implemented by the event that opens a task of each kind (SurveyOpened, CellEstablishmentOpened,
 * MemberTransferRequested, TrainingCoursePlanned), so that projections can follow every task
 * alike.
 */
public interface TaskOpening {

    String taskId();

    TaskKind kind();

    TaskHeader task();

    /** When the task was opened (effective date). */
    LocalDate openedOn();

    /** The user who opened it. */
    String openedBy();
}
