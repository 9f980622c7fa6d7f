package vn.directives.query.enterprise;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * I1-I4 at the end of a day, counted over the enterprise picture at that day
 * ({@link PictureAtDate}); each numerator is a subset of its denominator.
 */
@Component
public class Indicators {

    private static final String COUNTS = PictureAtDate.JUDGED + """
            SELECT count(*) FILTER (WHERE operating_known AND has_party_organization) AS i1_numerator,
                   count(*) FILTER (WHERE operating_known) AS i1_denominator,
                   count(*) FILTER (WHERE operating_known AND three_qualifying_members
                                      AND has_party_organization) AS i2_numerator,
                   count(*) FILTER (WHERE operating_known AND three_qualifying_members) AS i2_denominator,
                   count(*) FILTER (WHERE operating_known AND has_trade_union AND has_party_organization) AS i3_numerator,
                   count(*) FILTER (WHERE operating_known AND has_trade_union) AS i3_denominator,
                   count(*) FILTER (WHERE has_party_organization AND NOT ceased
                                      AND admitted_new_members) AS i4_numerator,
                   count(*) FILTER (WHERE has_party_organization AND NOT ceased) AS i4_denominator
              FROM judged
            """;

    private final JdbcClient jdbc;

    Indicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public IndicatorsView at(LocalDate at, LocalDate admissionsFrom) {
        return jdbc.sql(COUNTS)
                .param("at", at)
                .param("yearFrom", admissionsFrom)
                .query((row, n) -> new IndicatorsView(at, admissionsFrom, List.of(
                        IndicatorValue.of(IndicatorCode.I1, row.getLong("i1_numerator"), row.getLong("i1_denominator")),
                        IndicatorValue.of(IndicatorCode.I2, row.getLong("i2_numerator"), row.getLong("i2_denominator")),
                        IndicatorValue.of(IndicatorCode.I3, row.getLong("i3_numerator"), row.getLong("i3_denominator")),
                        IndicatorValue.of(IndicatorCode.I4, row.getLong("i4_numerator"), row.getLong("i4_denominator")))))
                .single();
    }
}
