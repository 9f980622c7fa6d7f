package vn.directives.query.enterprise;

import java.time.LocalDate;
import java.util.List;

/**
 * The totals by locality at the end of {@code at} (see {@link LocalityTotals}): the province, each
 * commune or ward, each zone. Admissions count for I4 from {@code admissionsFrom}.
 */
public record LocalityTotalsView(LocalDate at, LocalDate admissionsFrom, Totals province, List<Totals> communes,
                                 List<Totals> zones) {

    /**
     * A commune or ward (its unit id and the name it bore at the date), a zone (its name is its id),
     * or the province; the row of enterprises with no commune recorded, or outside every zone, has no id.
     */
    public record Locality(String kind, String id, String name, String nameEn) {
    }

    /**
     * One locality's figures: I1-I4 as {@code /api/indicators} defines them, and the sector's totals.
     * {@code partyMembers} (official and probationary) is split by status in
     * {@code partyMembersByStatus}, which also counts members here temporarily (not in the total);
     * {@code exits} are the members who left other than by transfer from {@code admissionsFrom} to
     * the date, by reason.
     */
    public record Totals(Locality locality, long operatingEnterprises, long workers, List<IndicatorValue> indicators,
                         long partyOrganizations, List<KindCount> partyOrganizationsByKind, long partyMembers,
                         List<CodeCount> partyMembersByStatus, List<CodeCount> exits,
                         List<SocioPolitical> socioPoliticalOrganizations, Admissions admissions) {
    }

    /**
     * Candidates admitted from {@code admissionsFrom} to the date by category (member development), and
     * owners and managers together (point 7 of the directive). A count is null ("chưa có số liệu"), never
     * 0, while no admitted candidate is known in the locality's enterprises by the date: bare admission
     * counts say nothing of categories.
     */
    public record Admissions(List<CategoryCount> byCategory, Long ownersAndManagers) {
    }

    /** Those admitted in a category; null when categories are not known. */
    public record CategoryCount(CodeLabel category, Long count) {
    }

    /** A count under a labelled code: members of a status, exits for a reason. */
    public record CodeCount(CodeLabel code, long count) {
    }

    public record KindCount(CodeLabel kind, long count) {
    }

    public record SocioPolitical(CodeLabel kind, long organizations, long members) {
    }
}
