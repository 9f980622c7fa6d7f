package vn.directives.command.survey;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.survey.EnterpriseFindings;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

record RecordSurveyFinding(@TargetAggregateIdentifier String taskId, @TargetAggregateVersion Long expectedVersion,
                           EnterpriseFindings findings, LocalDate effectiveOn, CommandContext context)
        implements TaskCommand {

    @Override
    public TaskKind kind() {
        return TaskKind.SURVEY;
    }
}
