package vn.directives.query.enterprise;

/**
 * The one definition, in SQL, of an organization's members by status at a date from the rows of
 * {@code query.party_organization_membership_change} effective by then, as the command side counts
 * them: transfers do not say who moved, so a member transferred in counts as official and members
 * transferred out are taken from the official members first, then from the probationary ones. Sums,
 * so the order in which facts were recorded does not matter.
 */
final class MemberStatusSql {

    /** Per organization, the sums the formulas below need; {@code :at} closes, {@code :yearFrom} opens the period. */
    static final String SUMS = """
            SELECT party_organization_id,
                   sum(official + transferred_in + recognized - left_official + moved_official) AS official_in,
                   sum(probationary + admitted - recognized - left_probationary + moved_probationary)
                       AS probationary_in,
                   sum(transferred_out) AS transferred_out,
                   sum(temporarily_in - left_temporary + moved_temporary) AS temporary_members,
                   sum(official) AS founded_official,
                   sum(probationary) AS founded_probationary,
                   sum(admitted) AS admitted,
                   sum(transferred_in) AS transferred_in,
                   sum(temporarily_in) AS temporarily_in,
                   sum(temporarily_away) AS temporarily_away,
                   sum(left_official + left_probationary + left_temporary) FILTER (WHERE exit_reason IS NOT NULL)
                       AS left_members,
                   sum(left_official + left_probationary + left_temporary)
                       FILTER (WHERE exit_reason = 'DEATH' AND effective_on >= :yearFrom) AS left_death,
                   sum(left_official + left_probationary + left_temporary)
                       FILTER (WHERE exit_reason = 'REMOVAL_FROM_ROLLS' AND effective_on >= :yearFrom)
                       AS left_removal_from_rolls,
                   sum(left_official + left_probationary + left_temporary)
                       FILTER (WHERE exit_reason = 'EXPULSION' AND effective_on >= :yearFrom) AS left_expulsion,
                   sum(left_official + left_probationary + left_temporary)
                       FILTER (WHERE exit_reason = 'LEAVING_ON_REQUEST' AND effective_on >= :yearFrom)
                       AS left_leaving_on_request
              FROM query.party_organization_membership_change
             WHERE effective_on <= :at
             GROUP BY party_organization_id""";

    /** Official members, from a row of {@link #SUMS} aliased {@code m}. */
    static final String OFFICIAL = "greatest(coalesce(m.official_in, 0) - coalesce(m.transferred_out, 0), 0)";
    static final String PROBATIONARY = "coalesce(m.probationary_in, 0)"
            + " - greatest(coalesce(m.transferred_out, 0) - coalesce(m.official_in, 0), 0)";
    static final String TEMPORARY = "coalesce(m.temporary_members, 0)";

    /** The exit reasons in the order reports list them, with the column of {@link #SUMS} that counts each. */
    static final java.util.List<String> EXIT_REASONS = java.util.List.of("DEATH", "REMOVAL_FROM_ROLLS", "EXPULSION",
            "LEAVING_ON_REQUEST");

    static String exitColumn(String reason) {
        return "left_" + reason.toLowerCase();
    }

    private MemberStatusSql() {
    }
}
