package vn.directives.command.enterprise;

import java.util.List;

/**
 * The rows of a list as checked against the registry: every problem of every row, what each
 * valid row does, and for a list of Party members how the roster compares with the member counts
 * the organizations have recorded. Each kind of list ({@link ImportColumn.ListKind}) has its own
 * checker producing this; the import job only sends the planned commands.
 */
record CheckedRows(List<RowProblem> problems, List<PlannedRow> planned, List<RosterReconciliation> reconciliation) {

    CheckedRows {
        problems = List.copyOf(problems);
        planned = List.copyOf(planned);
        reconciliation = List.copyOf(reconciliation);
    }

    CheckedRows(List<RowProblem> problems, List<PlannedRow> planned) {
        this(problems, planned, List.of());
    }

    int count(PlannedRow.Outcome outcome) {
        return (int) planned.stream().filter(row -> row.outcome() == outcome).count();
    }
}
