package vn.directives.command.enterprise;

import java.util.List;

/**
 * The rows of a list as checked against the registry: every problem of every row, and what each
 * valid row does. Each kind of list ({@link ImportColumn.ListKind}) has its own checker producing
 * this; the import job only sends the planned commands.
 */
record CheckedRows(List<RowProblem> problems, List<PlannedRow> planned) {

    CheckedRows {
        problems = List.copyOf(problems);
        planned = List.copyOf(planned);
    }

    int count(PlannedRow.Outcome outcome) {
        return (int) planned.stream().filter(row -> row.outcome() == outcome).count();
    }
}
