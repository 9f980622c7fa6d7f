package vn.directives.events.membertransfer;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The sending side issued the introduction letter (giấy giới thiệu sinh hoạt đảng) on
 * {@code effectiveOn}: the transfer has started. The limit is 60 working days from the decision.
 */
@Revision("1")
public record IntroductionLetterIssued(String taskId, String letterNumber, Timeliness timeliness,
                                       LocalDate effectiveOn, String issuedBy) implements MemberTransferEvent {
}
