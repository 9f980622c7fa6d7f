package vn.directives.command.unit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

record MergeUnit(@TargetAggregateIdentifier String unitId, @TargetAggregateVersion Long expectedVersion,
                 String intoUnitId, LocalDate effectiveOn, CommandContext context) implements UnitCommand {
}
