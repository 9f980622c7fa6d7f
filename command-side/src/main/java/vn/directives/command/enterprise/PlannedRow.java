package vn.directives.command.enterprise;

import java.util.Map;

/**
 * What a valid row will do: register (or record) something new, change something known, or
 * nothing; the command that does it (null when it changes nothing); and metadata of the row's own
 * that its events carry beside the job's (a migrated row's original recording day), usually none.
 */
record PlannedRow(int row, Outcome outcome, Object command, Map<String, String> metadata) {

    enum Outcome { REGISTER, CHANGE, UNCHANGED }

    PlannedRow {
        metadata = Map.copyOf(metadata);
    }

    PlannedRow(int row, Outcome outcome, Object command) {
        this(row, outcome, command, Map.of());
    }
}
