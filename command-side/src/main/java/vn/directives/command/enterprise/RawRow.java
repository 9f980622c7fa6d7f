package vn.directives.command.enterprise;

import java.util.List;
import java.util.Map;

/**
 * A row of an imported file as read: its number in the spreadsheet, the list it belongs to, its
 * texts by column, problems of reading.
 */
record RawRow(int number, ImportColumn.ListKind list, Map<ImportColumn, String> values, List<RowProblem> problems) {

    String value(ImportColumn column) {
        String value = values.get(column);
        return value == null ? "" : value.strip();
    }
}
