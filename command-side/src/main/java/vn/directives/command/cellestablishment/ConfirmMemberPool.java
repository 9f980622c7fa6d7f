package vn.directives.command.cellestablishment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;
import java.util.List;

record ConfirmMemberPool(@TargetAggregateIdentifier String taskId, @TargetAggregateVersion Long expectedVersion,
                         int officialMembers, int probationaryMembers, int officialMembersEmployed12Months,
                         List<String> memberRefs, LocalDate effectiveOn, CommandContext context)
        implements TaskCommand {

    ConfirmMemberPool {
        memberRefs = memberRefs == null ? List.of() : List.copyOf(memberRefs);
    }

    @Override
    public TaskKind kind() {
        return TaskKind.CELL_ESTABLISHMENT;
    }
}
