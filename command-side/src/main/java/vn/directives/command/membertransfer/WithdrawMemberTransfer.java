package vn.directives.command.membertransfer;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

record WithdrawMemberTransfer(@TargetAggregateIdentifier String taskId, @TargetAggregateVersion Long expectedVersion,
                              String reason, LocalDate effectiveOn, CommandContext context)
        implements TaskCommand {

    @Override
    public TaskKind kind() {
        return TaskKind.MEMBER_TRANSFER;
    }
}
