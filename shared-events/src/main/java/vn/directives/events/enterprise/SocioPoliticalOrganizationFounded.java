package vn.directives.events.enterprise;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A socio-political organization of the kind was founded in the enterprise, with its members then.
 * {@code foundedByTaskId} is the task whose outcome it was (a general task, a survey's follow-up), or
 * null when it was recorded directly or imported. Revision 1 had no task
 * ({@code SocioPoliticalOrganizationFoundedV1Upcaster}).
 */
@Revision("2")
public record SocioPoliticalOrganizationFounded(String taxCode, SocioPoliticalOrganizationKind kind, int members,
                                                String foundedByTaskId, LocalDate effectiveOn, String recordedBy)
        implements EnterpriseEvent {

    /** Recorded directly or imported: no task. */
    public SocioPoliticalOrganizationFounded(String taxCode, SocioPoliticalOrganizationKind kind, int members,
                                             LocalDate effectiveOn, String recordedBy) {
        this(taxCode, kind, members, null, effectiveOn, recordedBy);
    }
}
