package vn.directives.events.directive;

/** The kind of a directive document, as its number's suffix shows (42-CT/TU, 61-KH/ĐU, 503-TB/TU). */
public enum DirectiveKind {
    /** Chỉ thị. */
    DIRECTIVE,
    /** Kế hoạch. */
    PLAN,
    /** Kết luận. */
    CONCLUSION,
    /** Thông báo. */
    NOTICE
}
