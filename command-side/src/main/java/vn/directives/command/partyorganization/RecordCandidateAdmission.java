package vn.directives.command.partyorganization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/**
 * One candidate admitted by the organization, sent by {@link CandidateAdmissionPolicy} only: the
 * candidate's own rules (the Organization Committee, the course) were checked on their admission.
 */
record RecordCandidateAdmission(@TargetAggregateIdentifier String partyOrganizationId, LocalDate effectiveOn,
                                CommandContext context) implements PartyOrganizationCommand {
}
