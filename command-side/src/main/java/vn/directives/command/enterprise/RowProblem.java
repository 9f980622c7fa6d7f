package vn.directives.command.enterprise;

/**
 * One broken rule in an imported file: the row as the spreadsheet numbers it (the header is row 1;
 * 0 for the file as a whole), the column's header and field, the rule, and both messages.
 */
record RowProblem(int row, String column, String field, String rule, String message, String message_en) {

    static RowProblem of(int row, ImportColumn column, String rule, String messageVi, String messageEn) {
        return new RowProblem(row, column == null ? null : column.header, column == null ? null : column.field, rule,
                messageVi, messageEn);
    }
}
