package vn.directives.command.cellestablishment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.cellestablishment.CellCommitteeAppointment;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;
import java.util.List;

/** {@code effectiveOn} is the date of the decision. */
record RecordEstablishmentDecision(@TargetAggregateIdentifier String taskId,
                                   @TargetAggregateVersion Long expectedVersion, String decisionNumber,
                                   String issuingCommittee, String organizationName,
                                   List<CellCommitteeAppointment> cellCommittee, LocalDate effectiveOn,
                                   CommandContext context) implements TaskCommand {

    RecordEstablishmentDecision {
        cellCommittee = cellCommittee == null ? List.of() : List.copyOf(cellCommittee);
    }

    @Override
    public TaskKind kind() {
        return TaskKind.CELL_ESTABLISHMENT;
    }
}
