package vn.directives.command.unit;

import vn.directives.command.common.CommandContext;

import java.time.LocalDate;

/** A change to a registered unit: when it takes effect (null: today) and who asks. */
interface UnitCommand {

    LocalDate effectiveOn();

    CommandContext context();
}
