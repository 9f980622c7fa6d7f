package vn.directives.command.partyorganization;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

record RecordTransferIn(@TargetAggregateIdentifier String partyOrganizationId,
                        @TargetAggregateVersion Long expectedVersion, String transferTaskId, int members,
                        boolean temporary, LocalDate effectiveOn, CommandContext context)
        implements PartyOrganizationCommand {
}
