package vn.directives.events.membertransfer;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The member now takes part in the receiving organization (officially, or temporarily and then
 * not counted in its total); the task completes with it.
 */
@Revision("1")
public record MemberTransferCompleted(String taskId, String memberRef, TransferDirection direction,
                                      TransferType type, LocalDate effectiveOn, String completedBy)
        implements MemberTransferEvent {
}
