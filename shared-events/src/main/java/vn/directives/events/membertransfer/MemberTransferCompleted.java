package vn.directives.events.membertransfer;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The member now takes part in the receiving organization (officially, or temporarily and then
 * not counted in its total); the task completes with it. {@code enterpriseTaxCode} names the
 * enterprise on the enterprise side of the transfer, whose Party organization gains or loses the member.
 */
@Revision("1")
public record MemberTransferCompleted(String taskId, String memberRef, TransferDirection direction,
                                      TransferType type, String enterpriseTaxCode, LocalDate effectiveOn,
                                      String completedBy)
        implements MemberTransferEvent {
}
