package vn.directives.command.memberdevelopment;

import vn.directives.command.common.CommandContext;
import vn.directives.events.memberdevelopment.CandidateCategory;

import java.time.LocalDate;

/** Register a person working in the enterprise as a candidate for admission; {@code effectiveOn} null: today. */
record RegisterCandidate(String candidateRef, String enterpriseTaxCode, CandidateCategory category,
                         LocalDate effectiveOn, CommandContext context) {
}
