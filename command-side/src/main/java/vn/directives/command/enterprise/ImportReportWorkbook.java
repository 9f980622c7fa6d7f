package vn.directives.command.enterprise;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The check's report as a spreadsheet the officer corrects from: the uploaded sheet's rows as they
 * were read (texts; the header first, numbered as in the file), with two columns beside them, the
 * rules a row breaks and their Vietnamese messages ("Cột: nội dung"), and every cell a problem
 * names highlighted. Written row by row (streaming): a list of 200,000 rows stays small in memory.
 */
final class ImportReportWorkbook {

    static final String RULES_HEADER = "Quy tắc vi phạm";
    static final String MESSAGES_HEADER = "Lỗi";

    private ImportReportWorkbook() {
    }

    static final String RECONCILIATION_SHEET = "Đối chiếu số đảng viên";

    static byte[] write(List<List<String>> table, List<RowProblem> problems) {
        return write(table, problems, List.of());
    }

    /**
     * The same, and for a list of Party members a second sheet comparing each Party organization's roster
     * with the members it has recorded ({@link RosterReconciliation}).
     */
    static byte[] write(List<List<String>> table, List<RowProblem> problems,
                        List<RosterReconciliation> reconciliation) {
        Map<Integer, List<RowProblem>> byRow = problems.stream()
                .collect(Collectors.groupingBy(RowProblem::row, LinkedHashMap::new, Collectors.toList()));
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet("Kết quả kiểm tra");
            List<String> header = table.isEmpty() ? List.of() : table.get(0);
            Map<String, Integer> columnOf = columns(header);
            int width = Math.max(header.size(), table.stream().mapToInt(List::size).max().orElse(0));
            for (int r = 0; r < table.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> cells = table.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
                if (r == 0) {
                    row.createCell(width).setCellValue(RULES_HEADER);
                    row.createCell(width + 1).setCellValue(MESSAGES_HEADER);
                    row.forEach(cell -> cell.setCellStyle(styles.header));
                    continue;
                }
                List<RowProblem> found = byRow.getOrDefault(r + 1, List.of());
                if (!found.isEmpty()) {
                    mark(row, found, columnOf, width, styles);
                }
            }
            sheet.createFreezePane(0, 1);
            if (!reconciliation.isEmpty()) {
                reconciliation(workbook.createSheet(RECONCILIATION_SHEET), reconciliation, styles);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private static void mark(Row row, List<RowProblem> found, Map<String, Integer> columnOf, int width, Styles styles) {
        List<String> rules = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (RowProblem problem : found) {
            rules.add(problem.rule());
            messages.add(problem.column() == null ? problem.message() : problem.column() + ": " + problem.message());
            Integer column = problem.column() == null ? null : columnOf.get(problem.column());
            if (column != null) {
                (row.getCell(column) == null ? row.createCell(column) : row.getCell(column))
                        .setCellStyle(styles.problem);
            }
        }
        row.createCell(width).setCellValue(String.join(", ", rules));
        row.createCell(width + 1).setCellValue(String.join("; ", messages));
        row.getCell(width).setCellStyle(styles.message);
        row.getCell(width + 1).setCellStyle(styles.message);
    }

    private static void reconciliation(Sheet sheet, List<RosterReconciliation> organizations, Styles styles) {
        Row header = sheet.createRow(0);
        List<String> titles = List.of("Mã số thuế", "Doanh nghiệp", "Theo danh sách: chính thức",
                "Theo danh sách: dự bị", "Đã ghi nhận: chính thức", "Đã ghi nhận: dự bị", "Khớp", "Ghi chú");
        for (int c = 0; c < titles.size(); c++) {
            header.createCell(c).setCellValue(titles.get(c));
            header.getCell(c).setCellStyle(styles.header);
        }
        int r = 1;
        for (RosterReconciliation organization : organizations) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(organization.enterpriseTaxCode());
            row.createCell(1).setCellValue(organization.enterpriseName());
            row.createCell(2).setCellValue(organization.rosterOfficial());
            row.createCell(3).setCellValue(organization.rosterProbationary());
            row.createCell(4).setCellValue(organization.recordedOfficial());
            row.createCell(5).setCellValue(organization.recordedProbationary());
            row.createCell(6).setCellValue(organization.agrees() ? "Có" : "Không");
            row.createCell(7).setCellValue(organization.message());
            if (!organization.agrees()) {
                row.getCell(6).setCellStyle(styles.problem);
                row.getCell(7).setCellStyle(styles.message);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** The index of each known column in the file, by the header a problem names. */
    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            int index = c;
            ImportColumn.named(header.get(c)).ifPresent(column -> columns.put(column.header, index));
        }
        return columns;
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle problem;
        final CellStyle message;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            Font red = workbook.createFont();
            red.setColor(IndexedColors.DARK_RED.getIndex());
            problem = workbook.createCellStyle();
            problem.setFillForegroundColor(IndexedColors.ROSE.getIndex());
            problem.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            problem.setFont(red);
            message = workbook.createCellStyle();
            message.setFont(red);
        }
    }
}
