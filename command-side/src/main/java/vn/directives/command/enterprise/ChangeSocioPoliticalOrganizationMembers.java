package vn.directives.command.enterprise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;

import java.time.LocalDate;

/** Record the members of the enterprise's organization of the kind from the effective date. */
record ChangeSocioPoliticalOrganizationMembers(@TargetAggregateIdentifier String taxCode,
                                               @TargetAggregateVersion Long expectedVersion,
                                               SocioPoliticalOrganizationKind kind, int members,
                                               LocalDate effectiveOn, CommandContext context) {
}
