package vn.directives.command.directive;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.directive.Target;

import java.time.LocalDate;
import java.util.List;

/** Replace the directive's targets with the full new list, from the effective date (null: today). */
record AmendDirectiveTargets(@TargetAggregateIdentifier String directiveId,
                             @TargetAggregateVersion Long expectedVersion, List<Target> targets, String reason,
                             LocalDate effectiveOn, CommandContext context) {
}
