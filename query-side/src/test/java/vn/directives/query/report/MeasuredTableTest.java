package vn.directives.query.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table over many pages is laid out once, not once per page, and prints exactly as OpenPDF's
 * own table does: the same pages with the same text on each.
 */
class MeasuredTableTest {

    private static final int ROWS = 300;
    private static final int COLUMNS = 3;

    @Test
    void a_table_over_many_pages_lays_out_each_cell_once_and_prints_the_same_pages() throws IOException {
        int[] plainLayouts = {0};
        int[] measuredLayouts = {0};

        List<String> plain = pages(render(PdfPTable::new, plainLayouts));
        List<String> measured = pages(render(MeasuredTable::new, measuredLayouts));

        assertThat(plain).hasSizeGreaterThan(8);
        assertThat(measured).isEqualTo(plain);
        // a few layouts a cell in ours, whatever the pages; OpenPDF's own lays every cell out again on every page
        int cells = (ROWS + 1) * COLUMNS;
        assertThat(measuredLayouts[0]).isPositive().isLessThanOrEqualTo(4 * cells);
        assertThat(plainLayouts[0]).isGreaterThan(plain.size() / 2 * cells);
    }

    /** The table as ReportPdf builds one (locked width, a repeated header row, composite cells). */
    private static byte[] render(IntFunction<PdfPTable> table, int[] layouts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter.getInstance(document, out);
        document.open();
        PdfPTable rows = table.apply(COLUMNS);
        rows.setWidths(new float[]{1, 4, 2});
        rows.setTotalWidth(400);
        rows.setLockedWidth(true);
        rows.setHeaderRows(1);
        for (String header : List.of("STT", "Nhiệm vụ", "Hạn")) {
            rows.addCell(cell(header, layouts));
        }
        for (int row = 1; row <= ROWS; row++) {
            rows.addCell(cell(String.valueOf(row), layouts));
            rows.addCell(cell("Task " + row + (row % 7 == 0 ? " with a title long enough to wrap onto a second line"
                    : ""), layouts));
            rows.addCell(cell("2025-11-" + (10 + row % 20), layouts));
        }
        document.add(rows);
        document.close();
        return out.toByteArray();
    }

    /**
     * A cell whose text counts how often it is laid out (the table copies its cells, not their
     * paragraphs; a layout asks the paragraph for its chunks).
     */
    private static PdfPCell cell(String text, int[] layouts) {
        PdfPCell cell = new PdfPCell();
        cell.addElement(new Paragraph(text) {
            @Override
            public ArrayList<Element> getChunks() {
                layouts[0]++;
                return super.getChunks();
            }
        });
        return cell;
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= read.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(read));
            }
        }
        return pages;
    }
}
