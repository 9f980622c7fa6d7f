package vn.directives.command.enterprise;

import java.util.List;

/**
 * What a history migration found or did: its job id (the same file always has the same one), the
 * source the confirmer named, the rows read, how many record a new fact (an enterprise, a Party
 * organization), change a known one or change nothing, every problem, and whether the events were
 * stored ({@code imported}: never when a problem exists).
 */
record MigrationReport(String importJobId, String source, int rows, int toRegister, int toChange, int unchanged,
                       List<RowProblem> problems, boolean imported) {
}
