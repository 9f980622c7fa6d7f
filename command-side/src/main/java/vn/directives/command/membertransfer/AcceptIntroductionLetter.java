package vn.directives.command.membertransfer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/**
 * Record the receiving organization's acceptance of the letter. The late reason is needed, and
 * kept, only past the limit of 30 working days.
 */
record AcceptIntroductionLetter(@TargetAggregateIdentifier String taskId, @TargetAggregateVersion Long expectedVersion,
                                String lateReason, LocalDate effectiveOn, CommandContext context)
        implements TaskCommand {

    @Override
    public TaskKind kind() {
        return TaskKind.MEMBER_TRANSFER;
    }
}
