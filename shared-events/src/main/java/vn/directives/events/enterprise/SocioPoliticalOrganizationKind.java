package vn.directives.events.enterprise;

/** The socio-political organizations an enterprise may have, each at most once at a time. */
public enum SocioPoliticalOrganizationKind {
    /** Công đoàn cơ sở. */
    TRADE_UNION,
    /** Chi đoàn, đoàn cơ sở (Đoàn Thanh niên Cộng sản Hồ Chí Minh). */
    YOUTH_UNION,
    /** Chi hội phụ nữ. */
    WOMENS_UNION,
    /** Chi hội cựu chiến binh. */
    VETERANS_ASSOCIATION
}
