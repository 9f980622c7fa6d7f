package vn.directives.events.membertransfer;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The transfer was withdrawn (rút) before the receiving organization accepted it, with the reason; the task ends. */
@Revision("1")
public record MemberTransferWithdrawn(String taskId, String reason, LocalDate effectiveOn, String withdrawnBy)
        implements MemberTransferEvent {
}
