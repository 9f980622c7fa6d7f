package vn.directives.events.memberdevelopment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Admissions counted by the category of those admitted: the one rule the yearly report and the
 * totals by locality count them by. Categories are known only from admitted candidates (member
 * development): a bare admission count ({@code NewMembersAdmitted} alone, an old history) says
 * nothing of them, so a scope in which no admitted candidate is known at all reads "chưa có số
 * liệu" (null), never 0. Owners and managers admitted are counted together as well, as point 7 of
 * the directive asks.
 */
public final class AdmissionsByCategory {

    /** The order reports list the categories in: the four points 4 and 7 ask about, then the others. */
    public static final List<CandidateCategory> ORDER = List.of(CandidateCategory.DIRECT_PRODUCTION_WORKER,
            CandidateCategory.MANAGER, CandidateCategory.OWNER, CandidateCategory.UNION_OR_YOUTH_OFFICER,
            CandidateCategory.OTHER);

    private AdmissionsByCategory() {
    }

    /**
     * The counts by category of the admissions in scope, every category present (0 when none was
     * admitted), or null when no admitted candidate is known in the scope by the date at all.
     *
     * @param anyKnown whether any candidate admitted in the scope is known by the date, counted or not
     *                 (admitted before the period, or in an enterprise since ceased)
     * @param counted  the admissions that count, by category (absent categories count 0)
     */
    public static Map<CandidateCategory, Long> of(boolean anyKnown, Map<CandidateCategory, Long> counted) {
        if (!anyKnown) {
            return null;
        }
        Map<CandidateCategory, Long> counts = new EnumMap<>(CandidateCategory.class);
        for (CandidateCategory category : CandidateCategory.values()) {
            counts.put(category, counted.getOrDefault(category, 0L));
        }
        return Collections.unmodifiableMap(counts);
    }

    /** Owners and managers admitted, together (point 7); null when the categories are not known. */
    public static Long ownersAndManagers(Map<CandidateCategory, Long> byCategory) {
        return byCategory == null ? null
                : byCategory.get(CandidateCategory.OWNER) + byCategory.get(CandidateCategory.MANAGER);
    }

    /** The category as reports name it, in Vietnamese. */
    public static String label(CandidateCategory category) {
        return switch (category) {
            case DIRECT_PRODUCTION_WORKER -> "Công nhân trực tiếp sản xuất";
            case MANAGER -> "Cán bộ quản lý doanh nghiệp";
            case OWNER -> "Chủ doanh nghiệp";
            case UNION_OR_YOUTH_OFFICER -> "Cán bộ công đoàn, đoàn thanh niên";
            case OTHER -> "Người lao động khác";
        };
    }

    /** The category in English. */
    public static String labelEn(CandidateCategory category) {
        return switch (category) {
            case DIRECT_PRODUCTION_WORKER -> "Direct production worker";
            case MANAGER -> "Manager";
            case OWNER -> "Owner";
            case UNION_OR_YOUTH_OFFICER -> "Union or Youth Union officer";
            case OTHER -> "Other employee";
        };
    }
}
