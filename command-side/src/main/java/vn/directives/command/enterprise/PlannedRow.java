package vn.directives.command.enterprise;

/**
 * What a valid row will do: register (or record) something new, change something known, or
 * nothing; and the command that does it (null when it changes nothing).
 */
record PlannedRow(int row, Outcome outcome, Object command) {

    enum Outcome { REGISTER, CHANGE, UNCHANGED }
}
