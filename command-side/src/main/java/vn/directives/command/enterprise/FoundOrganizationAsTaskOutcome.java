package vn.directives.command.enterprise;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.directives.command.common.CommandContext;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;

import java.time.LocalDate;

/**
 * Record that the task {@code taskId} founded an organization of the kind in the enterprise. Sent only by
 * {@link TaskOutcomePolicy}, in the transaction that completes the task.
 */
record FoundOrganizationAsTaskOutcome(@TargetAggregateIdentifier String taxCode, SocioPoliticalOrganizationKind kind,
                                      int members, LocalDate effectiveOn, String taskId, CommandContext context) {
}
