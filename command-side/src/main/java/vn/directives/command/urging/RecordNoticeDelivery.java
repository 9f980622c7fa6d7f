package vn.directives.command.urging;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.directives.events.urging.NoticeRecipient;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The urging notice sender reports that a notice about the task was handed to the mail server. The
 * task handles it; it lives here, with the sender, so that urging does not depend on the task package.
 */
public record RecordNoticeDelivery(@TargetAggregateIdentifier String taskId, String noticeId,
                                   NoticeRecipient recipient, String recipientRef, int attempts, Instant sentAt,
                                   LocalDate sentOn) {
}
