package vn.directives.command.memberdevelopment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** The candidate passed the awareness course {@code trainingCourseId}; the date is the course's result date. */
record RecordAwarenessCourse(@TargetAggregateIdentifier String candidateId,
                             @TargetAggregateVersion Long expectedVersion, String trainingCourseId,
                             CommandContext context) implements CandidateCommand {

    @Override
    public LocalDate effectiveOn() {
        return null;
    }
}
