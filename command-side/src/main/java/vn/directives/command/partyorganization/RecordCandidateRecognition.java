package vn.directives.command.partyorganization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/**
 * One candidate of member development recognized official, sent by {@link RecognitionPolicy} only:
 * the twelve months and the Organization Committee were checked on the candidate's own stream.
 */
record RecordCandidateRecognition(@TargetAggregateIdentifier String partyOrganizationId, String candidateRef,
                                  LocalDate effectiveOn, CommandContext context) implements PartyOrganizationCommand {
}
