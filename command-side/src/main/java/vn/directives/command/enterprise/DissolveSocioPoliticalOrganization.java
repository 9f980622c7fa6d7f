package vn.directives.command.enterprise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import vn.directives.command.common.CommandContext;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;

import java.time.LocalDate;

/** Record that the enterprise's organization of the kind was dissolved. */
record DissolveSocioPoliticalOrganization(@TargetAggregateIdentifier String taxCode,
                                          @TargetAggregateVersion Long expectedVersion,
                                          SocioPoliticalOrganizationKind kind, String reason, LocalDate effectiveOn,
                                          CommandContext context) {
}
