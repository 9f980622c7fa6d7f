package vn.directives.events.partymember;

import org.axonframework.serialization.Revision;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.events.partyorganization.MemberStatus;

import java.time.LocalDate;

/**
 * A Party member entered on the roster, as a list brought them in: the enterprise where they work, where
 * they are registered (the enterprise's Party organization, or the committee of their residence when
 * {@code residenceCommitteeUnitId} is set and {@code partyOrganizationId} null), official or
 * probationary, admitted and recognized on which days, and their category (null: not stated). The
 * roster does not move any organization's member counts (docs/enterprises.md, "A list of Party members").
 */
@Revision("1")
public record PartyMemberRecorded(String memberRef, String enterpriseTaxCode, String partyOrganizationId,
                                  String residenceCommitteeUnitId, MemberStatus status, LocalDate admittedOn,
                                  LocalDate recognizedOn, CandidateCategory category, LocalDate effectiveOn,
                                  String importJobId, String recordedBy) implements PartyMemberEvent {
}
