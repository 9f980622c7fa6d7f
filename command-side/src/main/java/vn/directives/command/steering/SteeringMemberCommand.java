package vn.directives.command.steering;

import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** A change to an appointed member: when it takes effect (null: today) and who asks. */
interface SteeringMemberCommand {

    LocalDate effectiveOn();

    CommandContext context();
}
