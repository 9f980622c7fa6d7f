package vn.directives.events.partymember;

import org.axonframework.serialization.Revision;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.events.partyorganization.MemberStatus;

import java.time.LocalDate;

/**
 * A roster entry changed (another enterprise, registration, status, date or category): the whole entry as
 * it is from {@code effectiveOn}, the fields as in {@link PartyMemberRecorded}.
 */
@Revision("1")
public record PartyMemberChanged(String memberRef, String enterpriseTaxCode, String partyOrganizationId,
                                 String residenceCommitteeUnitId, MemberStatus status, LocalDate admittedOn,
                                 LocalDate recognizedOn, CandidateCategory category, LocalDate effectiveOn,
                                 String importJobId, String recordedBy) implements PartyMemberEvent {
}
