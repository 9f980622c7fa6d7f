package vn.directives.events.membertransfer;

import org.axonframework.serialization.Revision;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskKind;
import vn.directives.events.task.TaskOpening;

import java.time.LocalDate;

/**
 * The transfer of one member was requested, because of a decision of {@code decisionDate} (a job
 * in the enterprise, a move of residence). The member is named by the pseudonymous
 * {@code memberRef} only; the temporary period is null for an official transfer.
 */
@Revision("1")
public record MemberTransferRequested(String taskId, TaskHeader task, String memberRef, TransferDirection direction,
                                      TransferType type, TemporaryPeriod temporaryPeriod,
                                      PartyOrganization sendingOrganization,
                                      PartyOrganization receivingOrganization, LocalDate decisionDate,
                                      LocalDate openedOn, String openedBy)
        implements MemberTransferEvent, TaskOpening {

    @Override
    public TaskKind kind() {
        return TaskKind.MEMBER_TRANSFER;
    }
}
