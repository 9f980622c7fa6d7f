package vn.directives.platform.security;

/** What a user may do here; a user may have several roles. */
public enum Role {
    /** Ban Tổ chức Tỉnh ủy: directives, units, Steering Committee, tasks, extensions, reports. */
    ORGANIZATION_COMMITTEE,
    /** Thành viên Ban Chỉ đạo: acts on the tasks assigned to them. */
    STEERING_MEMBER,
    /** Cán bộ đơn vị: acts on the tasks their unit leads. */
    UNIT_OFFICER,
    /** Ban Thường vụ: reads the board and the reports. */
    STANDING_COMMITTEE,
    /** Ủy ban Kiểm tra: reads the audit trail. */
    INSPECTOR,
    /** Quản trị hệ thống: manages accounts and operates the service; decides nothing in the business. */
    ADMINISTRATOR
}
