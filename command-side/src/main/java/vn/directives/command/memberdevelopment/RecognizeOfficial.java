package vn.directives.command.memberdevelopment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** Recognize the probationary member as official on {@code effectiveOn} (null: today). */
record RecognizeOfficial(@TargetAggregateIdentifier String candidateId, @TargetAggregateVersion Long expectedVersion,
                         LocalDate effectiveOn, CommandContext context) implements CandidateCommand {
}
