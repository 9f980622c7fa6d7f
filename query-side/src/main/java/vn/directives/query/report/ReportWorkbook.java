package vn.directives.query.report;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The report's data appendix as an XLSX workbook: one sheet per table, a title row, a header row,
 * then the rows, with numbers as numbers, percentages as percentages (the fraction, shown 0.0%)
 * and dates as dates, so that the Committee's staff can compute with them.
 */
final class ReportWorkbook {

    static final int HEADER_ROW = 2;
    static final int MIN_WIDTH = 10;
    static final int MAX_WIDTH = 60;

    private ReportWorkbook() {
    }

    static byte[] of(YearlyReport report) {
        return of(report, null, List.of());
    }

    /**
     * The report's tables after {@code first} (a draft's comparison with last year and its own
     * words); the points and the sector beside {@code previous}, the same period a year earlier (null: none).
     */
    static byte[] of(YearlyReport report, YearlyReport previous, List<ReportTable> first) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            List<ReportTable> tables = new java.util.ArrayList<>(first);
            tables.addAll(ReportTables.all(report, previous));
            // a fixed creation time, so that the same report gives the same bytes
            workbook.getProperties().getCoreProperties().setCreated(java.util.Optional.of(
                    java.util.Date.from(report.cutOff().atStartOfDay(YearlyReports.ZONE).toInstant())));
            for (ReportTable table : tables) {
                write(workbook.createSheet(table.sheet()), table, styles, report);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, ReportTable table, Styles styles, YearlyReport report) {
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(table.title() + " (Chỉ thị " + report.directive().number() + ", số liệu đến "
                + Dates.vietnamese(report.cutOff()) + ")");
        title.setCellStyle(styles.title);
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < table.headers().size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(table.headers().get(c));
            cell.setCellStyle(styles.header);
        }
        int r = HEADER_ROW + 1;
        for (List<Object> values : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                value(row.createCell(c), values.get(c), styles);
            }
        }
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.setColumnWidth(c, width(table, c) * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    /**
     * A column as wide as its longest value, in characters, between a narrow figure column and a
     * wide text one (longer text wraps); a header wraps at its words, so its longest word counts.
     */
    static int width(ReportTable table, int column) {
        int widest = 0;
        for (String word : table.headers().get(column).split(" ")) {
            widest = Math.max(widest, word.length());
        }
        for (List<Object> row : table.rows()) {
            if (column < row.size()) {
                widest = Math.max(widest, Numbers.text(row.get(column)).length());
            }
        }
        return Math.min(Math.max(widest + 2, MIN_WIDTH), MAX_WIDTH);
    }

    private static void value(Cell cell, Object value, Styles styles) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(styles.number);
        } else if (value instanceof ReportTable.Percent percent) {
            BigDecimal fraction = ReportTables.fraction(percent);
            if (fraction != null) {
                cell.setCellValue(fraction.doubleValue());
            }
            cell.setCellStyle(styles.percent);
        } else if (value instanceof PreviousYear.Change change) {
            cell.setCellValue(change.value().doubleValue());
            cell.setCellStyle(change.points() ? styles.decimal : styles.number);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else {
            cell.setCellValue(value.toString());
            cell.setCellStyle(styles.text);
        }
    }

    /** The workbook's cell styles, created once. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle decimal;

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            title = workbook.createCellStyle();
            title.setFont(bold);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            text = bordered(workbook);
            text.setWrapText(true);
            number = bordered(workbook);
            number.setDataFormat(workbook.createDataFormat().getFormat("0"));
            percent = bordered(workbook);
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            decimal = bordered(workbook);
            decimal.setDataFormat(workbook.createDataFormat().getFormat("+0.0;-0.0;0.0"));
            date = bordered(workbook);
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
