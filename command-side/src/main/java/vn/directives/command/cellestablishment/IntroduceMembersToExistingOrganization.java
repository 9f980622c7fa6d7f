package vn.directives.command.cellestablishment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

record IntroduceMembersToExistingOrganization(@TargetAggregateIdentifier String taskId,
                                              @TargetAggregateVersion Long expectedVersion,
                                              String receivingOrganization, LocalDate effectiveOn,
                                              CommandContext context) implements TaskCommand {

    @Override
    public TaskKind kind() {
        return TaskKind.CELL_ESTABLISHMENT;
    }
}
