package vn.directives.query.enterprise;

import java.time.LocalDate;
import java.util.List;

/**
 * The derived work at the end of {@code at}: the I2 gap, the I3 gap, and the members still
 * registered at their residence (see {@link DerivedWork}).
 */
public record DerivedWorkView(LocalDate at, List<Enterprise> i2Gap, List<Enterprise> i3Gap,
                              List<MembersAtResidence> membersAtResidence) {

    /**
     * An operating enterprise as a list shows it: the registry's commune or ward with the name it
     * bore at the date, the latest survey's counts, its Party organization (if any), and the latest
     * cell establishment opened for it and not abandoned because it was dissolved (so that a task is
     * not opened twice without seeing the first).
     */
    public record Enterprise(String taxCode, String name, boolean inRegistry, String communeUnitId,
                             String communeName, String zone, Integer workers,
                             Integer officialMembersEmployed12Months, boolean hasTradeUnion, LocalDate surveyedOn,
                             String partyOrganizationName, String cellEstablishmentTaskId,
                             LocalDate cellEstablishmentOpenedOn) {
    }

    /**
     * Members working in the enterprise and registered at their residence: as the latest survey
     * found them ({@code foundBySurvey}, on {@code enterprise.surveyedOn}), less the transfers from
     * residence into the enterprise completed after that survey ({@code transferredSince}); and, apart,
     * the members the Party members' roster holds at the date as working in the enterprise and
     * registered at their residence ({@code onRoster}). The two are never added: they may count the same
     * people.
     */
    public record MembersAtResidence(Enterprise enterprise, int foundBySurvey, int transferredSince,
                                     int stillAtResidence, int onRoster) {
    }
}
