package vn.directives.events.report;

/**
 * The narrative sections of a report the Organization Committee writes in its own words, in the
 * order the document shows them after the figures.
 */
public enum DraftSection {
    /** Kết quả nổi bật: the results worth naming, beyond the tables. */
    HIGHLIGHTS,
    /** Hạn chế, khuyết điểm và nguyên nhân. */
    LIMITATIONS,
    /** Bài học kinh nghiệm. */
    LESSONS,
    /** Phương hướng, nhiệm vụ thời gian tới. */
    DIRECTION,
    /** Kiến nghị, đề xuất. */
    RECOMMENDATIONS
}
