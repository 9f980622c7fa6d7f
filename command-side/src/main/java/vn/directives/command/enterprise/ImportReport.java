package vn.directives.command.enterprise;

import java.util.List;

/**
 * What an import found or did: its job id (the same file always has the same one), the rows read,
 * how many register a new enterprise, change a known one, or change nothing, every problem, and
 * whether the events were stored ({@code imported}: never when a problem exists); for a list of
 * Party members, each organization's roster beside the members it has recorded ({@code reconciliation},
 * empty for other lists).
 */
record ImportReport(String importJobId, int rows, int toRegister, int toChange, int unchanged,
                    List<RowProblem> problems, boolean imported, List<RosterReconciliation> reconciliation) {

    ImportReport(String importJobId, int rows, int toRegister, int toChange, int unchanged,
                 List<RowProblem> problems, boolean imported) {
        this(importJobId, rows, toRegister, toChange, unchanged, problems, imported, List.of());
    }
}
