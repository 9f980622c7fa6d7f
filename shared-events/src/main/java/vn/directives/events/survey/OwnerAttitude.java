package vn.directives.events.survey;

/** How the owner stands on a Party organization in the enterprise. */
public enum OwnerAttitude {
    /** Ủng hộ. */
    SUPPORTIVE,
    /** Chưa quyết định. */
    UNDECIDED,
    /** Từ chối. */
    REFUSED
}
