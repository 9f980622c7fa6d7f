package vn.directives.events.enterprise;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The organization of the kind was dissolved on the effective date; one may be founded again later. */
@Revision("1")
public record SocioPoliticalOrganizationDissolved(String taxCode, SocioPoliticalOrganizationKind kind, String reason,
                                                  LocalDate effectiveOn, String recordedBy)
        implements EnterpriseEvent {
}
