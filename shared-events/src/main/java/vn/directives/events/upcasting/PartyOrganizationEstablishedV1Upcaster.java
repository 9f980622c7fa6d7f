package vn.directives.events.upcasting;

import vn.directives.events.partyorganization.PartyOrganizationEstablished;

/**
 * {@link PartyOrganizationEstablished} revision 1 to 2: an organization established before completions
 * gave its kind and superior committee is not classified (both null) until an affiliation is recorded.
 */
public final class PartyOrganizationEstablishedV1Upcaster extends AddedAsNull {

    public PartyOrganizationEstablishedV1Upcaster() {
        super(PartyOrganizationEstablished.class, "kind", "superiorCommitteeUnitId");
    }
}
