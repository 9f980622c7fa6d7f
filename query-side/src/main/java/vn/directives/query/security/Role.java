package vn.directives.query.security;

/** The roles of the command side's accounts and tokens, as far as reading is concerned. */
public enum Role {
    ORGANIZATION_COMMITTEE,
    STEERING_MEMBER,
    UNIT_OFFICER,
    /** Ban Thường vụ: reads the board and the reports. */
    STANDING_COMMITTEE,
    /** Ủy ban Kiểm tra: reads the audit trail. */
    INSPECTOR,
    /** Operates the service: processors, rebuilds, reconciliation. */
    ADMINISTRATOR
}
