package vn.directives.command.partyorganization;

import vn.directives.events.partyorganization.PartyOrganizationKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** What an import of a Party organization list needs to know: the organizations and committees there are. */
public interface PartyOrganizationDirectory {

    /** The enterprise's organization, with its kind and superior committee now (null: not recorded). */
    record KnownOrganization(String partyOrganizationId, PartyOrganizationKind kind, String superiorCommitteeUnitId) {
    }

    Optional<KnownOrganization> ofEnterprise(String enterpriseTaxCode);

    /** Whether the unit exists on the date. */
    boolean isUnit(String unitId, LocalDate on);

    /**
     * The units active on the date by the name they bore then, as the import's columns compare
     * texts (the caller's {@code key}); several units may share a name.
     */
    Map<String, List<String>> unitsByName(LocalDate on, UnaryOperator<String> key);
}
