package vn.directives.events.membertransfer;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The introduction letter was presented to the receiving organization and accepted on
 * {@code effectiveOn}. The limit is 30 working days from the letter's issue.
 */
@Revision("1")
public record IntroductionLetterAccepted(String taskId, Timeliness timeliness, LocalDate effectiveOn,
                                         String acceptedBy) implements MemberTransferEvent {
}
