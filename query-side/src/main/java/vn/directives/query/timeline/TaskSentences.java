package vn.directives.query.timeline;

import vn.directives.events.task.DueDateExtensionApproved;
import vn.directives.events.task.DueDateExtensionRejected;
import vn.directives.events.task.DueDateExtensionRequested;
import vn.directives.events.task.TaskCancelled;
import vn.directives.events.task.SubTaskDelegated;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskHeader;
import vn.directives.events.task.TaskReassigned;

import static vn.directives.query.timeline.NamedIds.member;
import static vn.directives.query.timeline.NamedIds.unit;
import static vn.directives.query.timeline.Wording.date;
import static vn.directives.query.timeline.Wording.listed;
import static vn.directives.query.timeline.Wording.quoted;

/**
 * Sentences of the steps every task kind shares, and the task header every opening states.
 * Extensions are approved and rejected by the Organization Committee alone (the command side's
 * rule), so the sentences name it.
 */
final class TaskSentences {

    private TaskSentences() {
    }

    static void addTo(TimelineSentences sentences) {
        sentences.add(TaskReassigned.class, e -> new WhatChanged(e.effectiveOn(),
                "Giao lại nhiệm vụ cho thành viên %s (thay thành viên %s; lý do: %s)"
                        .formatted(member(e.toMemberId()), member(e.fromMemberId()), e.reason()),
                "Task reassigned to member %s (instead of member %s; reason: %s)"
                        .formatted(member(e.toMemberId()), member(e.fromMemberId()), e.reason())));
        sentences.add(DueDateExtensionRequested.class, e -> new WhatChanged(e.effectiveOn(),
                "Đề nghị gia hạn đến %s (hạn hiện tại %s; lý do: %s)"
                        .formatted(date(e.requestedDueDate()), date(e.currentDueDate()), e.reason()),
                "Extension of the due date to %s requested (currently due %s; reason: %s)"
                        .formatted(date(e.requestedDueDate()), date(e.currentDueDate()), e.reason())));
        sentences.add(DueDateExtensionApproved.class, e -> new WhatChanged(e.effectiveOn(),
                "Gia hạn đến %s được Ban Tổ chức Tỉnh ủy phê duyệt (hạn cũ %s)"
                        .formatted(date(e.newDueDate()), date(e.previousDueDate())),
                "Due date extended to %s, approved by the Organization Committee (previously %s)"
                        .formatted(date(e.newDueDate()), date(e.previousDueDate()))));
        sentences.add(DueDateExtensionRejected.class, e -> new WhatChanged(e.effectiveOn(),
                "Ban Tổ chức Tỉnh ủy không chấp thuận đề nghị gia hạn (lý do: %s)".formatted(e.reason()),
                "Extension request rejected by the Organization Committee (reason: %s)".formatted(e.reason())));
        sentences.add(TaskCancelled.class, e -> new WhatChanged(e.effectiveOn(),
                "Hủy nhiệm vụ (lý do: %s)".formatted(e.reason()),
                "Task cancelled (reason: %s)".formatted(e.reason())));
        sentences.add(TaskCompleted.class, e -> new WhatChanged(e.effectiveOn(),
                "Hoàn thành nhiệm vụ", "Task completed"));
        sentences.add(SubTaskDelegated.class, e -> new WhatChanged(e.effectiveOn(),
                "Giao cho cấp dưới %s, chủ trì: %s; giao cho thành viên %s; hạn hoàn thành %s".formatted(
                        quoted(e.title()), unit(e.leadUnitId()), member(e.assigneeId()), date(e.dueDate())),
                "Delegated to a lower level: %s, lead unit: %s; assigned to member %s; due %s".formatted(
                        quoted(e.title()), unit(e.leadUnitId()), member(e.assigneeId()), date(e.dueDate()))));
    }

    /** “Title” (điểm 2 của chỉ thị); chủ trì: …; phối hợp: …; giao cho thành viên …; hạn hoàn thành dd/MM/yyyy. */
    static String headerVi(TaskHeader task) {
        return "%s (điểm %d của chỉ thị); chủ trì: %s%s; giao cho thành viên %s; hạn hoàn thành %s".formatted(
                quoted(task.title()), task.pointNumber(), unit(task.leadUnitId()),
                task.coordinatingUnitIds().isEmpty() ? "" : "; phối hợp: " + listed(task.coordinatingUnitIds().stream().map(NamedIds::unit).toList()),
                member(task.assigneeId()), date(task.dueDate()));
    }

    static String headerEn(TaskHeader task) {
        return "%s (point %d of the directive); lead unit: %s%s; assigned to member %s; due %s".formatted(
                quoted(task.title()), task.pointNumber(), unit(task.leadUnitId()),
                task.coordinatingUnitIds().isEmpty() ? "" : "; coordinating: " + listed(task.coordinatingUnitIds().stream().map(NamedIds::unit).toList()),
                member(task.assigneeId()), date(task.dueDate()));
    }
}
