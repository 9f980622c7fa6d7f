package vn.directives.command.directive;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/**
 * Record that this (older) directive is replaced by a newer one. Sent to the older directive,
 * whose standing changes. The effective date defaults to the newer directive's issue date.
 */
record ReplaceDirective(@TargetAggregateIdentifier String directiveId, @TargetAggregateVersion Long expectedVersion,
                        String replacedByDirectiveId, LocalDate effectiveOn, CommandContext context) {
}
