package vn.directives.events.urging;

/** Who a notice is for; the address itself is personal data and never in an event. */
public enum NoticeRecipient {
    /** The Steering Committee member the task is assigned to. */
    ASSIGNEE,
    /** The task's lead unit (đơn vị chủ trì). */
    LEAD_UNIT,
    /** Ban Tổ chức Tỉnh ủy. */
    ORGANIZATION_COMMITTEE,
    /** Another member the notice concerns: who asked for an extension now decided. */
    MEMBER
}
