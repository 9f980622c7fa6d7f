package vn.directives.query.enterprise;

import vn.directives.query.infrastructure.BatchedWrites;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;

/**
 * One change of a Party organization's membership, as the counts it adds. Members transferred in
 * temporarily (sinh hoạt tạm thời) are kept apart and not counted in the total; members away
 * temporarily stay in the total, only an official transfer out lowers it.
 */
record MembershipChange(String change, int official, int probationary, int admitted, int transferredIn,
                        int transferredOut, int temporarilyIn, int temporarilyAway, String transferTaskId) {

    static MembershipChange founded(int official, int probationary) {
        return new MembershipChange("FOUNDED", official, probationary, 0, 0, 0, 0, 0, null);
    }

    static MembershipChange admitted(int admitted) {
        return new MembershipChange("ADMITTED", 0, 0, admitted, 0, 0, 0, 0, null);
    }

    static MembershipChange transferredIn(String transferTaskId, int members, boolean temporary) {
        return temporary
                ? new MembershipChange("TRANSFERRED_IN", 0, 0, 0, 0, 0, members, 0, transferTaskId)
                : new MembershipChange("TRANSFERRED_IN", 0, 0, 0, members, 0, 0, 0, transferTaskId);
    }

    static MembershipChange transferredOut(String transferTaskId, int members, boolean temporary) {
        return temporary
                ? new MembershipChange("TRANSFERRED_OUT", 0, 0, 0, 0, 0, 0, members, transferTaskId)
                : new MembershipChange("TRANSFERRED_OUT", 0, 0, 0, 0, members, 0, 0, transferTaskId);
    }

    /** Written once per event of the organization's stream: applied again, it is skipped. */
    void write(BatchedWrites writes, String partyOrganizationId, long sequence, LocalDate effectiveOn, Instant recordedAt) {
        writes.sql("""
                        INSERT INTO query.party_organization_membership_change (party_organization_id, sequence_number,
                               change, official, probationary, admitted, transferred_in, transferred_out,
                               temporarily_in, temporarily_away, transfer_task_id, effective_on, recorded_at)
                        VALUES (:id, :sequence, :change, :official, :probationary, :admitted, :transferredIn,
                               :transferredOut, :temporarilyIn, :temporarilyAway, :transferTaskId, :effectiveOn,
                               :recordedAt)
                        ON CONFLICT (party_organization_id, sequence_number) DO NOTHING""")
                .param("id", partyOrganizationId)
                .param("sequence", sequence)
                .param("change", change)
                .param("official", official)
                .param("probationary", probationary)
                .param("admitted", admitted)
                .param("transferredIn", transferredIn)
                .param("transferredOut", transferredOut)
                .param("temporarilyIn", temporarilyIn)
                .param("temporarilyAway", temporarilyAway)
                .param("transferTaskId", transferTaskId)
                .param("effectiveOn", effectiveOn)
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .queue("party-organization", partyOrganizationId);
    }
}
