package vn.directives.command.partymember;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** Enter a member on the roster from {@code effectiveOn} (null: today); {@code importJobId} the list's job. */
record RecordPartyMember(@TargetAggregateIdentifier String streamId, String memberRef, MemberEntry entry,
                         LocalDate effectiveOn, String importJobId, CommandContext context) {
}
