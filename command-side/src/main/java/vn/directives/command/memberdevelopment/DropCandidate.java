package vn.directives.command.memberdevelopment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** Stop following a candidate before admission, with the reason. */
record DropCandidate(@TargetAggregateIdentifier String candidateId, @TargetAggregateVersion Long expectedVersion,
                     String reason, LocalDate effectiveOn, CommandContext context) implements CandidateCommand {
}
