package vn.directives.query.enterprise;

import vn.directives.events.partyorganization.ExitReason;
import vn.directives.events.partyorganization.MemberCounts;
import vn.directives.events.partyorganization.MemberStatus;
import vn.directives.query.infrastructure.BatchedWrites;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;

/**
 * One change of a Party organization's membership, as the counts it adds. Members transferred in
 * temporarily (sinh hoạt tạm thời) are kept apart and not counted in the total; members away
 * temporarily stay in the total, only an official transfer out lowers it. How the columns add up
 * to members by status: {@link MemberStatusSql}.
 */
record MembershipChange(String change, int official, int probationary, int admitted, int transferredIn,
                        int transferredOut, int temporarilyIn, int temporarilyAway, String transferTaskId,
                        int recognized, Left left, Moved moved) {

    /** Members who left, by status, and why (null: with a dissolution). */
    record Left(int official, int probationary, int temporary, ExitReason reason) {
        static final Left NONE = new Left(0, 0, 0, null);
    }

    /** Members handed on (negative) or received (positive) by a reorganization, and the other organization. */
    record Moved(int official, int probationary, int temporary, String counterpart) {
        static final Moved NONE = new Moved(0, 0, 0, null);

        static Moved of(MemberCounts counts, int sign, String counterpart) {
            return new Moved(sign * counts.official(), sign * counts.probationary(), sign * counts.temporary(),
                    counterpart);
        }
    }

    private static MembershipChange counts(String change, int official, int probationary, int admitted,
                                           int transferredIn, int transferredOut, int temporarilyIn,
                                           int temporarilyAway, String transferTaskId) {
        return new MembershipChange(change, official, probationary, admitted, transferredIn, transferredOut,
                temporarilyIn, temporarilyAway, transferTaskId, 0, Left.NONE, Moved.NONE);
    }

    static MembershipChange founded(int official, int probationary) {
        return counts("FOUNDED", official, probationary, 0, 0, 0, 0, 0, null);
    }

    static MembershipChange admitted(int admitted) {
        return counts("ADMITTED", 0, 0, admitted, 0, 0, 0, 0, null);
    }

    static MembershipChange transferredIn(String transferTaskId, int members, boolean temporary) {
        return temporary
                ? counts("TRANSFERRED_IN", 0, 0, 0, 0, 0, members, 0, transferTaskId)
                : counts("TRANSFERRED_IN", 0, 0, 0, members, 0, 0, 0, transferTaskId);
    }

    static MembershipChange transferredOut(String transferTaskId, int members, boolean temporary) {
        return temporary
                ? counts("TRANSFERRED_OUT", 0, 0, 0, 0, 0, 0, members, transferTaskId)
                : counts("TRANSFERRED_OUT", 0, 0, 0, 0, members, 0, 0, transferTaskId);
    }

    static MembershipChange recognized(int members) {
        return new MembershipChange("RECOGNIZED", 0, 0, 0, 0, 0, 0, 0, null, members, Left.NONE, Moved.NONE);
    }

    static MembershipChange left(ExitReason reason, MemberStatus status, int members) {
        Left left = new Left(status == MemberStatus.OFFICIAL ? members : 0,
                status == MemberStatus.PROBATIONARY ? members : 0, status == MemberStatus.TEMPORARY ? members : 0,
                reason);
        return new MembershipChange("LEFT", 0, 0, 0, 0, 0, 0, 0, null, 0, left, Moved.NONE);
    }

    /** A reorganization: members handed on to others and, for a dissolution, those stated as leaving. */
    static MembershipChange reorganized(String change, Moved moved, MemberCounts leaving) {
        return new MembershipChange(change, 0, 0, 0, 0, 0, 0, 0, null, 0,
                new Left(leaving.official(), leaving.probationary(), leaving.temporary(), null), moved);
    }

    /** Written once per event of the organization's stream: applied again, it is skipped. */
    void write(BatchedWrites writes, String partyOrganizationId, long sequence, LocalDate effectiveOn, Instant recordedAt) {
        writes.sql("""
                        INSERT INTO query.party_organization_membership_change (party_organization_id, sequence_number,
                               change, official, probationary, admitted, transferred_in, transferred_out,
                               temporarily_in, temporarily_away, transfer_task_id, recognized, left_official,
                               left_probationary, left_temporary, exit_reason, moved_official, moved_probationary,
                               moved_temporary, counterpart_organization_id, effective_on, recorded_at)
                        VALUES (:id, :sequence, :change, :official, :probationary, :admitted, :transferredIn,
                               :transferredOut, :temporarilyIn, :temporarilyAway, :transferTaskId, :recognized,
                               :leftOfficial, :leftProbationary, :leftTemporary, :exitReason, :movedOfficial,
                               :movedProbationary, :movedTemporary, :counterpart, :effectiveOn, :recordedAt)
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
                .param("recognized", recognized)
                .param("leftOfficial", left.official())
                .param("leftProbationary", left.probationary())
                .param("leftTemporary", left.temporary())
                .param("exitReason", left.reason() == null ? null : left.reason().name())
                .param("movedOfficial", moved.official())
                .param("movedProbationary", moved.probationary())
                .param("movedTemporary", moved.temporary())
                .param("counterpart", moved.counterpart())
                .param("effectiveOn", effectiveOn)
                .param("recordedAt", recordedAt.atOffset(ZoneOffset.UTC))
                .queue("party-organization", partyOrganizationId);
    }
}
