package vn.directives.command.enterprise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;

import java.time.LocalDate;

/** Record that an organization of the kind was founded in the enterprise, with its members. */
record FoundSocioPoliticalOrganization(@TargetAggregateIdentifier String taxCode,
                                       @TargetAggregateVersion Long expectedVersion,
                                       SocioPoliticalOrganizationKind kind, int members, LocalDate effectiveOn,
                                       CommandContext context) {
}
