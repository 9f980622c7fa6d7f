package vn.directives.events.enterprise;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A socio-political organization of the kind was founded in the enterprise, with its members then. */
@Revision("1")
public record SocioPoliticalOrganizationFounded(String taxCode, SocioPoliticalOrganizationKind kind, int members,
                                                LocalDate effectiveOn, String recordedBy) implements EnterpriseEvent {
}
