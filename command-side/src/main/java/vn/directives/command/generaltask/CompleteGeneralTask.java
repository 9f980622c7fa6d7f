package vn.directives.command.generaltask;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.command.task.TaskCommand;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.task.TaskKind;

import java.time.LocalDate;

/**
 * The task is done: its product is the document named (number and title as issued). {@code organizationFounded},
 * when given, is a socio-political organization the task founded in an enterprise.
 */
record CompleteGeneralTask(@TargetAggregateIdentifier String taskId, @TargetAggregateVersion Long expectedVersion,
                           String productDocument, Founding organizationFounded, LocalDate effectiveOn,
                           CommandContext context) implements TaskCommand {

    /** The organization founded: the enterprise by tax code, its kind, members, and the day (null: the completion's). */
    record Founding(String enterpriseTaxCode, SocioPoliticalOrganizationKind kind, int members, LocalDate foundedOn) {
    }

    @Override
    public TaskKind kind() {
        return TaskKind.GENERAL;
    }
}
