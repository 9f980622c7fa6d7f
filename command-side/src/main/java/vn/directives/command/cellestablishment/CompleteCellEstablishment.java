package vn.directives.command.cellestablishment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/**
 * Completes the establishment; {@code partyOrganizationId} is the id the new organization will have, of the
 * kind {@code organizationKind} (the request's {@code kind}) and under the directly superior committee given.
 */
record CompleteCellEstablishment(@TargetAggregateIdentifier String taskId,
                                 @TargetAggregateVersion Long expectedVersion, String partyOrganizationId,
                                 PartyOrganizationKind organizationKind, String superiorCommitteeUnitId,
                                 LocalDate effectiveOn, CommandContext context) implements TaskCommand {

    @Override
    public TaskKind kind() {
        return TaskKind.CELL_ESTABLISHMENT;
    }
}
