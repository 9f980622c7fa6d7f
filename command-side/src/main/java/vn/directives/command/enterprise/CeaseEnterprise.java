package vn.directives.command.enterprise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** Record that the enterprise ceased to exist on the effective date (null: today). */
record CeaseEnterprise(@TargetAggregateIdentifier String taxCode, @TargetAggregateVersion Long expectedVersion,
                       String reason, LocalDate effectiveOn, CommandContext context) {
}
