package vn.directives.command.enterprise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.enterprise.EnterpriseProfile;

import java.time.LocalDate;

/** Replace the registry's facts of an enterprise from the effective date (null: today). */
record ChangeEnterprise(@TargetAggregateIdentifier String taxCode, @TargetAggregateVersion Long expectedVersion,
                        EnterpriseProfile profile, String importJobId, LocalDate effectiveOn,
                        CommandContext context) {
}
