package vn.directives.events.enterprise;

import java.time.LocalDate;

/**
 * A task's outcome: a socio-political organization of the kind was founded in the enterprise (named by
 * its tax code, and by its name in the registry when the task completed) on {@code foundedOn}, with its
 * members then.
 */
public record OrganizationFounding(String enterpriseTaxCode, String enterpriseName, SocioPoliticalOrganizationKind kind,
                                   int members, LocalDate foundedOn) {
}
