package vn.directives.query.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report draft as a document: the letterhead, number and date, the period's title, the figures
 * folded at the draft's history position, every figure beside the same period of the previous
 * year, the committee's words, recipients and signature. Its JSON is what an issue hashes; the
 * DOCX, XLSX and PDF render the same content.
 *
 * @param number  the number once issued, or the one being issued; null in a draft's preview
 * @param version the draft's version this document was made from
 * @param pointsPreviousYear every point's figures beside last year's; a null value was not recorded
 * @param sectorPreviousYear the enterprise sector's totals beside last year's; a null value was not recorded
 */
public record DraftDocument(String draftId, long version, String status, Header letterhead, String number,
                            LocalDate issuedOn, String periodKind, String title, YearlyReport figures,
                            List<Comparison> previousYear, List<PointComparison> pointsPreviousYear,
                            List<Comparison> sectorPreviousYear, List<DraftView.SectionText> narrative,
                            List<String> recipients, Signature signature) {

    public record Header(String superiorBody, String issuingBody, String issuingBodyName, String numberSuffix,
                         String place) {
    }

    /** A figure now and in the same period a year earlier; null where there was nothing to measure. */
    public record Comparison(String item, BigDecimal previous, BigDecimal current, BigDecimal change) {
    }

    /** One point of the directive: each of its figures beside the same period of the previous year. */
    public record PointComparison(int number, String text, List<Comparison> figures, List<String> products) {
    }

    public record Signature(String form, String title, String name) {
    }

    static List<PointComparison> points(YearlyReport current, YearlyReport previous) {
        List<PointComparison> points = new ArrayList<>();
        for (YearlyReport.PointRow point : current.points()) {
            points.add(new PointComparison(point.number(), point.text(), comparisons(PointTables.of(point,
                    PointTables.previousOf(previous, point.number()), true, false)), point.general().products()));
        }
        return points;
    }

    static List<Comparison> comparisons(ReportTable table) {
        List<Comparison> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            rows.add(new Comparison((String) row.get(0), number(row.get(1)), number(row.get(2)), number(row.get(3))));
        }
        return rows;
    }

    private static BigDecimal number(Object cell) {
        if (cell instanceof ReportTable.Percent percent) {
            return percent.value();
        }
        if (cell instanceof PreviousYear.Change change) {
            return change.value();
        }
        if (cell instanceof Number n) {
            return BigDecimal.valueOf(n.longValue());
        }
        return null;
    }
}
