package vn.directives.command.membertransfer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/**
 * Issue the introduction letter. The late reason is needed, and kept, only past the limit of 60 working days.
 */
record IssueIntroductionLetter(@TargetAggregateIdentifier String taskId, @TargetAggregateVersion Long expectedVersion,
                               String letterNumber, String lateReason, LocalDate effectiveOn, CommandContext context)
        implements TaskCommand {

    @Override
    public TaskKind kind() {
        return TaskKind.MEMBER_TRANSFER;
    }
}
