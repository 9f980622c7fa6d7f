package vn.directives.query.timeline;

import vn.directives.events.urging.NoticeRecipient;
import vn.directives.events.urging.TaskDeadlineMissed;
import vn.directives.events.urging.TaskEscalated;
import vn.directives.events.urging.TaskReminderIssued;
import vn.directives.events.urging.TaskUrgingPolicySet;
import vn.directives.events.urging.UrgingNoticeDelivered;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static vn.directives.query.timeline.NamedIds.member;
import static vn.directives.query.timeline.NamedIds.unit;
import static vn.directives.query.timeline.Wording.date;

/** Sentences of urging (đôn đốc): reminders, the missed deadline, escalations, the policy, the e-mails sent. */
final class UrgingSentences {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private UrgingSentences() {
    }

    static void addTo(TimelineSentences sentences) {
        sentences.add(TaskReminderIssued.class, e -> e.workingDaysLeft() > 0
                ? new WhatChanged(e.effectiveOn(),
                "Nhắc thành viên %s: nhiệm vụ đến hạn ngày %s (còn %d ngày làm việc)"
                        .formatted(member(e.assigneeId()), date(e.dueDate()), e.workingDaysLeft()),
                "Member %s reminded: the task is due on %s (%d working days left)"
                        .formatted(member(e.assigneeId()), date(e.dueDate()), e.workingDaysLeft()))
                : new WhatChanged(e.effectiveOn(),
                "Nhắc thành viên %s: nhiệm vụ đến hạn hôm nay (%s)".formatted(member(e.assigneeId()), date(e.dueDate())),
                "Member %s reminded: the task is due today (%s)".formatted(member(e.assigneeId()), date(e.dueDate()))));
        sentences.add(TaskDeadlineMissed.class, e -> new WhatChanged(e.effectiveOn(),
                "Quá hạn: nhiệm vụ chưa hoàn thành khi hết ngày %s".formatted(date(e.dueDate())),
                "Deadline missed: the task was not done by the end of %s".formatted(date(e.dueDate()))));
        sentences.add(TaskEscalated.class, e -> new WhatChanged(e.effectiveOn(),
                "Báo cáo lần %d về nhiệm vụ quá hạn %d ngày làm việc tới đơn vị chủ trì %s và Ban Tổ chức Tỉnh ủy"
                        .formatted(e.round(), e.workingDaysOverdue(), unit(e.leadUnitId())),
                "Escalation %d: %d working days overdue, reported to lead unit %s and the Organization Committee"
                        .formatted(e.round(), e.workingDaysOverdue(), unit(e.leadUnitId()))));
        sentences.add(TaskUrgingPolicySet.class, e -> new WhatChanged(e.effectiveOn(),
                "Đặt chế độ đôn đốc riêng: nhắc trước %d ngày làm việc; báo cáo khi quá hạn %d ngày làm việc"
                        .formatted(e.policy().remindWorkingDaysBefore(), e.policy().escalateAfterWorkingDays()),
                "Own urging policy set: reminder %d working days before; escalation when %d working days overdue"
                        .formatted(e.policy().remindWorkingDaysBefore(), e.policy().escalateAfterWorkingDays())));
        sentences.add(UrgingNoticeDelivered.class, e -> new WhatChanged(e.effectiveOn(),
                "Đã gửi thư điện tử tới %s lúc %s (lần thử %d)"
                        .formatted(recipientVi(e.recipient(), e.recipientRef()), TIME.format(e.sentAt()), e.attempts()),
                "E-mail sent to %s at %s (attempt %d)"
                        .formatted(recipientEn(e.recipient(), e.recipientRef()), TIME.format(e.sentAt()), e.attempts())));
    }

    private static String recipientVi(NoticeRecipient recipient, String ref) {
        return switch (recipient) {
            case ASSIGNEE, MEMBER -> "thành viên " + ref;
            case LEAD_UNIT -> "đơn vị chủ trì " + ref;
            case ORGANIZATION_COMMITTEE -> "Ban Tổ chức Tỉnh ủy";
        };
    }

    private static String recipientEn(NoticeRecipient recipient, String ref) {
        return switch (recipient) {
            case ASSIGNEE, MEMBER -> "member " + ref;
            case LEAD_UNIT -> "lead unit " + ref;
            case ORGANIZATION_COMMITTEE -> "the Organization Committee";
        };
    }
}
