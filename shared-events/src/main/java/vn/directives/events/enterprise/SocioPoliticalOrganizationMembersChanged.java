package vn.directives.events.enterprise;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The organization of the kind has {@code members} members from the effective date. */
@Revision("1")
public record SocioPoliticalOrganizationMembersChanged(String taxCode, SocioPoliticalOrganizationKind kind,
                                                       int members, LocalDate effectiveOn, String recordedBy)
        implements EnterpriseEvent {
}
