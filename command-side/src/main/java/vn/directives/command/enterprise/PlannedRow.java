package vn.directives.command.enterprise;

import vn.directives.events.enterprise.EnterpriseProfile;

import java.time.LocalDate;

/** What a valid row will do: register a new enterprise, change a known one, or nothing. */
record PlannedRow(int row, Outcome outcome, String taxCode, EnterpriseProfile profile, LocalDate effectiveOn) {

    enum Outcome { REGISTER, CHANGE, UNCHANGED }
}
