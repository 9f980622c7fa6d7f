package vn.directives.command.memberdevelopment;

import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** A command on a registered candidate. */
interface CandidateCommand {

    String candidateId();

    /** When it happened, as the user states it; null means today. */
    LocalDate effectiveOn();

    CommandContext context();
}
