package vn.directives.events.enterprise;

import java.time.LocalDate;

/**
 * What happens to an enterprise in the registry, in a stream of its own keyed by its tax code
 * (mã số thuế, which an enterprise keeps for life): registered, changed, ceased, and its
 * socio-political organizations founded, grown or shrunk, dissolved. Independent of surveys, which
 * keep recording what they found.
 */
public sealed interface EnterpriseEvent permits EnterpriseRegistered, EnterpriseChanged, EnterpriseCeased,
        SocioPoliticalOrganizationFounded, SocioPoliticalOrganizationMembersChanged,
        SocioPoliticalOrganizationDissolved {

    String taxCode();

    /** When it happened, as the registry states it (the event's timestamp says when it was recorded). */
    LocalDate effectiveOn();
}
