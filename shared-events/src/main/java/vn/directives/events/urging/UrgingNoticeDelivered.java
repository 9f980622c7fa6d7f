package vn.directives.events.urging;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The notice {@code noticeId} was handed to the mail server for {@code recipient}
 * ({@code recipientRef}: the member or unit id) at {@code sentAt}, after {@code attempts} attempts.
 */
@Revision("1")
public record UrgingNoticeDelivered(String taskId, String noticeId, NoticeRecipient recipient, String recipientRef,
                                    int attempts, Instant sentAt, LocalDate effectiveOn) implements UrgingEvent {
}
