package vn.directives.query.report;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The report as a DOCX in Vietnamese, in the layout of Party documents: the superior and issuing
 * bodies and the number top left, ĐẢNG CỘNG SẢN VIỆT NAM and the place and date top right, the
 * title, numbered sections with their tables, the recipients (Nơi nhận) and signature, then the
 * data appendix. A4 upright, the appendix on its side; Times New Roman.
 */
final class ReportDocument {

    private static final String FONT = "Times New Roman";
    private static final int BODY = 14;
    private static final int TABLE = 11;

    private final XWPFDocument document = new XWPFDocument();
    private final YearlyReport report;
    private final Wording wording;
    private final Letterhead letterhead;
    private int pageWidth = ColumnWidths.PORTRAIT;

    private ReportDocument(YearlyReport report, Wording wording, Letterhead letterhead) {
        this.report = report;
        this.wording = wording;
        this.letterhead = letterhead;
    }

    /**
     * @param number   the report's number (125 in Số 125-BC/BTCTU); null leaves it blank, for a draft
     * @param issuedOn the date of the date line
     */
    static byte[] of(YearlyReport report, Letterhead letterhead, String number, LocalDate issuedOn) {
        return of(report, Wording.yearly(report, letterhead), letterhead, number, issuedOn);
    }

    static byte[] of(YearlyReport report, Wording wording, Letterhead letterhead, String number, LocalDate issuedOn) {
        return new ReportDocument(report, wording, letterhead).write(number, issuedOn);
    }

    private byte[] write(String number, LocalDate issuedOn) {
        pageA4();
        header(number, issuedOn);
        title();
        for (ReportOutline.Block block : ReportOutline.of(report, wording, letterhead)) {
            if (block instanceof ReportOutline.Section section) {
                section(section.text());
            } else if (block instanceof ReportOutline.Subsection subsection) {
                subsection(subsection.text());
            } else if (block instanceof ReportOutline.Body body) {
                body(body.text());
            } else if (block instanceof ReportOutline.Table table) {
                table(table.table());
            }
        }
        recipients();
        appendix();
        // a fixed creation time, so that the same report gives the same bytes
        document.getProperties().getCoreProperties().setCreated(java.util.Optional.of(
                java.util.Date.from(report.cutOff().atStartOfDay(YearlyReports.ZONE).toInstant())));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A4 upright for the report; its last section (the appendix) is set on its side in {@link #appendix()}. */
    private void pageA4() {
        page(document.getDocument().getBody().addNewSectPr(), false);
    }

    private static void page(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? 16838 : 11906));
        size.setH(BigInteger.valueOf(landscape ? 11906 : 16838));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(850));
    }

    private void header(String number, LocalDate issuedOn) {
        XWPFTable table = borderless(3700, ColumnWidths.PORTRAIT - 3700);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        centered(left.getParagraphs().get(0), letterhead.superiorBody(), 13, false, false);
        centered(left.addParagraph(), letterhead.issuingBody(), 13, true, false);
        centered(left.addParagraph(), "*", 13, false, false);
        centered(left.addParagraph(), "Số " + (number == null ? "      " : number) + "-" + letterhead.numberSuffix(),
                13, false, false);
        XWPFRun party = centered(right.getParagraphs().get(0), "ĐẢNG CỘNG SẢN VIỆT NAM", 14, true, false);
        party.setUnderline(UnderlinePatterns.SINGLE);
        centered(right.addParagraph(), "", 13, false, false);
        centered(right.addParagraph(), letterhead.place() + ", " + Dates.dateLine(issuedOn), 14, false, true);
    }

    private void title() {
        XWPFParagraph heading = paragraph(ParagraphAlignment.CENTER);
        heading.setSpacingBefore(360);
        run(heading, "BÁO CÁO", 15, true, false);
        run(paragraph(ParagraphAlignment.CENTER), wording.titleLine(), BODY, true, false);
        run(paragraph(ParagraphAlignment.CENTER), "-----", BODY, false, false);
    }

    private void recipients() {
        XWPFTable table = borderless(4300, ColumnWidths.PORTRAIT - 4300);
        table.getRow(0).getCell(0).getParagraphs().get(0).setAlignment(ParagraphAlignment.LEFT);
        XWPFParagraph first = table.getRow(0).getCell(0).getParagraphs().get(0);
        first.setSpacingBefore(240);
        XWPFRun label = run(first, "Nơi nhận:", 12, true, true);
        label.setUnderline(UnderlinePatterns.NONE);
        for (String line : wording.recipients()) {
            run(table.getRow(0).getCell(0).addParagraph(), "- " + line, 11, false, false);
        }
        XWPFTableCell signature = table.getRow(0).getCell(1);
        XWPFParagraph title = signature.getParagraphs().get(0);
        title.setSpacingBefore(240);
        if (!wording.signatureForm().isBlank()) {
            centered(title, wording.signatureForm(), BODY, true, false);
            title = signature.addParagraph();
        }
        centered(title, wording.signatoryTitle(), BODY, true, false);
        if (!wording.signatoryName().isBlank()) {
            for (int i = 0; i < 4; i++) {
                centered(signature.addParagraph(), "", BODY, false, false);
            }
            centered(signature.addParagraph(), wording.signatoryName(), BODY, true, false);
        }
    }

    private void appendix() {
        page(document.createParagraph().getCTP().addNewPPr().addNewSectPr(), false);
        page(document.getDocument().getBody().getSectPr(), true);
        pageWidth = ColumnWidths.LANDSCAPE;
        run(paragraph(ParagraphAlignment.CENTER), "PHỤ LỤC", BODY, true, false);
        run(paragraph(ParagraphAlignment.CENTER), "Danh sách nhiệm vụ trong kỳ báo cáo (kèm theo Báo cáo "
                + wording.titleLine().substring(0, 1).toLowerCase() + wording.titleLine().substring(1) + ")",
                BODY, false, true);
        tableOr(ReportTables.appendix(report), "Không có nhiệm vụ trong kỳ báo cáo.");
    }

    // ---- building blocks ---------------------------------------------------------------------

    private void tableOr(ReportTable table, String whenEmpty) {
        if (table.rows().isEmpty()) {
            body(whenEmpty);
        } else {
            table(table);
        }
    }

    private void table(ReportTable data) {
        XWPFTable table = document.createTable(data.rows().size() + 1, data.headers().size());
        table.setTableAlignment(TableRowAlign.CENTER);
        widths(table, ColumnWidths.of(data, pageWidth));
        for (int c = 0; c < data.headers().size(); c++) {
            cell(table.getRow(0).getCell(c), data.headers().get(c), true, ParagraphAlignment.CENTER);
        }
        // a table running onto the next page repeats its header there, and no row is cut in two
        table.getRow(0).setRepeatHeader(true);
        table.getRows().forEach(row -> row.setCantSplitRow(true));
        for (int r = 0; r < data.rows().size(); r++) {
            List<Object> row = data.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                boolean text = value instanceof String;
                cell(table.getRow(r + 1).getCell(c), Numbers.text(value), false,
                        text ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
            }
        }
        paragraph(ParagraphAlignment.LEFT);
    }

    private static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        run(paragraph, text, TABLE, bold, false);
    }

    private XWPFTable borderless(int... widths) {
        XWPFTable table = document.createTable(1, widths.length);
        table.removeBorders();
        widths(table, widths);
        return table;
    }

    /** Fixed column widths in twips, on the grid and on every cell, which Word and LibreOffice both follow. */
    private static void widths(XWPFTable table, int[] widths) {
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(Integer.toString(IntStream.of(widths).sum()));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                row.getCell(c).setWidthType(TableWidthType.DXA);
                row.getCell(c).setWidth(Integer.toString(widths[c]));
            }
        }
    }

    private void section(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
        paragraph.setSpacingBefore(240);
        keepWithNext(paragraph);
        run(paragraph, text, BODY, true, false);
    }

    private void subsection(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.LEFT);
        keepWithNext(paragraph);
        run(paragraph, text, BODY, true, true);
    }

    /** A heading stays on the page of what follows it, never alone at the foot of a page. */
    private static void keepWithNext(XWPFParagraph paragraph) {
        var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        if (!properties.isSetKeepNext()) {
            properties.addNewKeepNext();
        }
    }

    private void body(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
        paragraph.setFirstLineIndent(567);
        run(paragraph, text, BODY, false, false);
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(120);
        return paragraph;
    }

    private static XWPFRun centered(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingAfter(0);
        return run(paragraph, text, size, bold, italic);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        return run;
    }
}
