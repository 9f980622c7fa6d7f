package vn.directives.query.report;

import com.lowagie.text.pdf.PdfPTable;

/**
 * A PDF table whose rows are laid out once. OpenPDF lays out every row of a locked-width table
 * again each time the table continues on a new page ({@code ColumnText.goComposite} calls
 * {@code calculateHeights(true)}), so a table of n rows over p pages costs n × p cell layouts:
 * the appendix of a directive with 7,000 tasks was most of a report's PDF time. The tables here
 * are complete before they are added and their width never changes, so the heights measured the
 * first time hold; they are measured again only if the width or the number of rows changed.
 * Same heights, same pages, same bytes.
 */
final class MeasuredTable extends PdfPTable {

    private float measuredWidth = -1;
    private int measuredRows = -1;

    MeasuredTable(int columns) {
        super(columns);
    }

    @Override
    public float calculateHeights(boolean firsttime) {
        if (firsttime && measuredWidth == getTotalWidth() && measuredRows == size() && size() > 0) {
            // the rows keep the heights measured for this width: only the total is summed again
            return super.calculateHeights(false);
        }
        float height = super.calculateHeights(firsttime);
        if (firsttime) {
            measuredWidth = getTotalWidth();
            measuredRows = size();
        }
        return height;
    }
}
