package vn.directives.events.partyorganization;

/**
 * A Party member's standing in the organization that counts them. Official and probationary members
 * make up its total; members here temporarily (sinh hoạt tạm thời) are counted apart, their own
 * organization keeps them in its total.
 */
public enum MemberStatus {
    /** Đảng viên chính thức. */
    OFFICIAL,
    /** Đảng viên dự bị: admitted, not yet recognized official (12 months). */
    PROBATIONARY,
    /** Đảng viên sinh hoạt tạm thời: registered elsewhere, attending here for a while. */
    TEMPORARY
}
