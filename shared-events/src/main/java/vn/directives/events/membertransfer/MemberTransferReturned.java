package vn.directives.events.membertransfer;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The receiving organization returned the introduction letter (trả lại), with its reason; the task ends. */
@Revision("1")
public record MemberTransferReturned(String taskId, String reason, LocalDate effectiveOn, String returnedBy)
        implements MemberTransferEvent {
}
