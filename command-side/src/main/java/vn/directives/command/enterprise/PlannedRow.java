package vn.directives.command.enterprise;

import java.util.Map;

/**
 * What a valid row will do: register (or record) something new, change something known, or
 * nothing; the command that does it (null when it changes nothing); metadata of the row's own
 * that its events carry beside the job's (a migrated row's original recording day), usually none;
 * and what must be written before the command, in the chunk's transaction, that is no event (a
 * member's personal data, which goes to the protected store and never into a command), usually nothing.
 */
record PlannedRow(int row, Outcome outcome, Object command, Map<String, String> metadata, Runnable before) {

    enum Outcome { REGISTER, CHANGE, UNCHANGED }

    PlannedRow {
        metadata = Map.copyOf(metadata);
    }

    PlannedRow(int row, Outcome outcome, Object command) {
        this(row, outcome, command, Map.of(), null);
    }

    PlannedRow withMetadata(Map<String, String> own) {
        return new PlannedRow(row, outcome, command, own, before);
    }

    /** Never the personal data a {@code before} step may hold. */
    @Override
    public String toString() {
        return "PlannedRow[row=" + row + ", outcome=" + outcome + "]";
    }
}
