package vn.directives.command.memberdevelopment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/**
 * Admit the candidate as a probationary member of the enterprise's Party organization.
 * {@code courseWaiverReason}: why the awareness course is not required (null when it was passed).
 */
record AdmitCandidate(@TargetAggregateIdentifier String candidateId, @TargetAggregateVersion Long expectedVersion,
                      String partyOrganizationId, String courseWaiverReason, LocalDate effectiveOn,
                      CommandContext context) implements CandidateCommand {
}
