package vn.directives.command.enterprise;

import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** The socio-political organizations the registry's enterprises have now, and those dissolved, read by an import. */
interface SocioPoliticalOrganizations {

    /** For each of the tax codes whose enterprise has any, its organizations by kind with their members. */
    Map<String, Map<SocioPoliticalOrganizationKind, Integer>> of(Collection<String> taxCodes);

    /** For each of the tax codes whose enterprise dissolved any, the day of its last dissolution of each kind. */
    Map<String, Map<SocioPoliticalOrganizationKind, LocalDate>> dissolvedOn(Collection<String> taxCodes);
}
