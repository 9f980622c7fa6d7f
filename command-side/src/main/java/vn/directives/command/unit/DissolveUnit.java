package vn.directives.command.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;
import java.util.List;

record DissolveUnit(@TargetAggregateIdentifier String unitId, @TargetAggregateVersion Long expectedVersion,
                    String reason, List<String> successorUnitIds, LocalDate effectiveOn, CommandContext context)
        implements UnitCommand {
}
