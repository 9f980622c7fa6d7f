package vn.directives.query.report;

import com.fasterxml.jackson.annotation.JsonValue;

import java.math.BigDecimal;
import java.util.List;

/**
 * One table of the report as typed cells, rendered alike by the DOCX (as text) and the XLSX (as
 * numbers, percentages and dates): a table is written once for both.
 */
record ReportTable(String sheet, String title, List<String> headers, List<List<Object>> rows) {

    /** A percentage given in percent (33.3 for 33.3%); null when there is nothing to divide. */
    record Percent(@JsonValue BigDecimal value) {
    }
}
