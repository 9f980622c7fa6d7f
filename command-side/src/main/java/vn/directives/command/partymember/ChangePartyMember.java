package vn.directives.command.partymember;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** The member's whole entry as it is from {@code effectiveOn} (null: today). */
record ChangePartyMember(@TargetAggregateIdentifier String streamId, MemberEntry entry, LocalDate effectiveOn,
                         String importJobId, CommandContext context) {
}
