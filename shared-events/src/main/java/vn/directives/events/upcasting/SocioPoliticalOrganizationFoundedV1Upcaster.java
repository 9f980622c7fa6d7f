package vn.directives.events.upcasting;

import vn.directives.events.enterprise.SocioPoliticalOrganizationFounded;

/**
 * {@link SocioPoliticalOrganizationFounded} revision 1 to 2: before a task could found an organization,
 * every founding was recorded directly or imported, so no task.
 */
public final class SocioPoliticalOrganizationFoundedV1Upcaster extends AddedAsNull {

    public SocioPoliticalOrganizationFoundedV1Upcaster() {
        super(SocioPoliticalOrganizationFounded.class, "foundedByTaskId");
    }
}
