package vn.directives.query.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * The report as a PDF, from the same outline as the DOCX ({@link ReportOutline}), with the same
 * page (A4, margins 30/15/20/20 mm, the appendix on its side), sizes and column widths; the
 * typeface is Noto Serif, embedded ({@link PdfFonts}). Written with OpenPDF, directly: no office
 * suite to install or run on the server, and a report of every section renders in well under a
 * second.
 */
final class ReportPdf {

    /** Twips (the DOCX's unit) to points. */
    private static final float TWIP = 1f / 20f;
    private static final float BODY = 14;
    private static final float TABLE = 11;
    /** Single line spacing of the DOCX as LibreOffice and Word lay it out: about 1.15 of the type size. */
    private static final float LINE = 1.17f;

    private final YearlyReport report;
    private final Wording wording;
    private final Letterhead letterhead;
    private final PdfFonts fonts;
    private final Document document = new Document(PageSize.A4, 1701 * TWIP, 850 * TWIP, 1134 * TWIP, 1134 * TWIP);
    private int pageWidth = ColumnWidths.PORTRAIT;

    private ReportPdf(YearlyReport report, Wording wording, Letterhead letterhead, PdfFonts fonts) {
        this.report = report;
        this.wording = wording;
        this.letterhead = letterhead;
        this.fonts = fonts;
    }

    static byte[] of(YearlyReport report, Wording wording, Letterhead letterhead, PdfFonts fonts, String number,
                     LocalDate issuedOn) {
        return new ReportPdf(report, wording, letterhead, fonts).write(number, issuedOn);
    }

    private byte[] write(String number, LocalDate issuedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Báo cáo " + wording.titleLine());
            document.addAuthor(letterhead.issuingBodyName());
            document.open();
            header(number, issuedOn);
            title();
            for (ReportOutline.Block block : ReportOutline.of(report, wording, letterhead)) {
                if (block instanceof ReportOutline.Section section) {
                    paragraph(section.text(), BODY, true, false, Element.ALIGN_LEFT, 12, 0);
                } else if (block instanceof ReportOutline.Subsection subsection) {
                    paragraph(subsection.text(), BODY, true, true, Element.ALIGN_LEFT, 0, 0);
                } else if (block instanceof ReportOutline.Body body) {
                    paragraph(body.text(), BODY, false, false, Element.ALIGN_JUSTIFIED, 0, 567 * TWIP);
                } else if (block instanceof ReportOutline.Table table) {
                    table(table.table());
                }
            }
            recipients();
            appendix();
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
        return out.toByteArray();
    }

    private void header(String number, LocalDate issuedOn) {
        PdfPTable table = borderless(3700, ColumnWidths.PORTRAIT - 3700);
        PdfPCell left = plainCell();
        left.addElement(centered(letterhead.superiorBody(), 13, false, false));
        left.addElement(centered(letterhead.issuingBody(), 13, true, false));
        left.addElement(centered("*", 13, false, false));
        left.addElement(centered("Số " + (number == null ? "      " : number) + "-" + letterhead.numberSuffix(), 13,
                false, false));
        PdfPCell right = plainCell();
        Paragraph party = centered("ĐẢNG CỘNG SẢN VIỆT NAM", 14, true, false);
        party.getFont().setStyle(Font.UNDERLINE);
        right.addElement(party);
        right.addElement(centered(" ", 13, false, false));
        right.addElement(centered(letterhead.place() + ", " + Dates.dateLine(issuedOn), 14, false, true));
        table.addCell(left);
        table.addCell(right);
        document.add(table);
    }

    private void title() {
        Paragraph heading = centered("BÁO CÁO", 15, true, false);
        heading.setSpacingBefore(18);
        document.add(heading);
        document.add(centered(wording.titleLine(), BODY, true, false));
        document.add(centered("-----", BODY, false, false));
    }

    private void recipients() {
        PdfPTable table = borderless(4300, ColumnWidths.PORTRAIT - 4300);
        table.setSpacingBefore(12);
        PdfPCell left = plainCell();
        left.addElement(new Paragraph("Nơi nhận:", font(12, true, true)));
        for (String line : wording.recipients()) {
            left.addElement(new Paragraph("- " + line, font(11, false, false)));
        }
        PdfPCell right = plainCell();
        if (!wording.signatureForm().isBlank()) {
            right.addElement(centered(wording.signatureForm(), BODY, true, false));
        }
        right.addElement(centered(wording.signatoryTitle(), BODY, true, false));
        if (!wording.signatoryName().isBlank()) {
            Paragraph name = centered(wording.signatoryName(), BODY, true, false);
            name.setSpacingBefore(56);
            right.addElement(name);
        }
        table.addCell(left);
        table.addCell(right);
        document.add(table);
    }

    private void appendix() {
        document.setPageSize(PageSize.A4.rotate());
        document.newPage();
        pageWidth = ColumnWidths.LANDSCAPE;
        document.add(centered("PHỤ LỤC", BODY, true, false));
        document.add(centered("Danh sách nhiệm vụ trong kỳ báo cáo (kèm theo Báo cáo "
                + wording.titleLine().substring(0, 1).toLowerCase() + wording.titleLine().substring(1) + ")",
                BODY, false, true));
        ReportTable appendix = ReportTables.appendix(report);
        if (appendix.rows().isEmpty()) {
            paragraph("Không có nhiệm vụ trong kỳ báo cáo.", BODY, false, false, Element.ALIGN_JUSTIFIED, 0,
                    567 * TWIP);
        } else {
            table(appendix);
        }
    }

    private void table(ReportTable data) {
        int[] widths = ColumnWidths.of(data, pageWidth);
        PdfPTable table = new MeasuredTable(widths.length);
        float[] relative = new float[widths.length];
        float total = 0;
        for (int c = 0; c < widths.length; c++) {
            relative[c] = widths[c];
            total += widths[c];
        }
        table.setWidths(relative);
        table.setTotalWidth(total * TWIP);
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        for (String header : data.headers()) {
            table.addCell(cell(header, true, Element.ALIGN_CENTER));
        }
        for (List<Object> row : data.rows()) {
            for (Object value : row) {
                table.addCell(cell(Numbers.text(value), false,
                        value instanceof String ? Element.ALIGN_LEFT : Element.ALIGN_CENTER));
            }
        }
        document.add(table);
    }

    private PdfPCell cell(String text, boolean bold, int alignment) {
        Paragraph paragraph = new Paragraph(text, font(TABLE, bold, false));
        paragraph.setAlignment(alignment);
        // single line spacing, as the DOCX's cells (OpenPDF's default is one and a half)
        paragraph.setLeading(TABLE * LINE);
        PdfPCell cell = new PdfPCell();
        cell.addElement(paragraph);
        cell.setPaddingTop(0);
        cell.setPaddingBottom(3);
        return cell;
    }

    private PdfPTable borderless(int... widths) {
        PdfPTable table = new PdfPTable(widths.length);
        float[] relative = new float[widths.length];
        float total = 0;
        for (int c = 0; c < widths.length; c++) {
            relative[c] = widths[c];
            total += widths[c];
        }
        table.setWidths(relative);
        table.setTotalWidth(total * TWIP);
        table.setLockedWidth(true);
        return table;
    }

    private static PdfPCell plainCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private void paragraph(String text, float size, boolean bold, boolean italic, int alignment, float before,
                           float indent) {
        Paragraph paragraph = new Paragraph(text, font(size, bold, italic));
        paragraph.setAlignment(alignment);
        paragraph.setLeading(size * LINE);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(6);
        paragraph.setFirstLineIndent(indent);
        document.add(paragraph);
    }

    private Paragraph centered(String text, float size, boolean bold, boolean italic) {
        Paragraph paragraph = new Paragraph(text, font(size, bold, italic));
        paragraph.setAlignment(Element.ALIGN_CENTER);
        return paragraph;
    }

    private Font font(float size, boolean bold, boolean italic) {
        return new Font(fonts.of(bold, italic), size);
    }
}
