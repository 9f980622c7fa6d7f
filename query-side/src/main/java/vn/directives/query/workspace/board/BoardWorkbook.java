package vn.directives.query.workspace.board;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The filtered board as an XLSX workbook, in the user's language: one row per task, dates as real
 * dates (dd/mm/yyyy), streamed so that twenty thousand rows do not sit in memory.
 */
@Component
class BoardWorkbook {

    private static final String[] COLUMNS = {"board.col.task", "board.kind", "board.directive", "board.col.units",
            "board.coordinating", "board.col.assignee", "board.col.due", "board.col.category", "board.status"};

    private final MessageSource messages;

    BoardWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(LocalDate at, List<BoardRow> rows, OutputStream out) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(text("board.title", locale));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(messages.getMessage("board.caption",
                    new Object[]{at.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))}, locale));
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int i = 0; i < COLUMNS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(text(COLUMNS[i], locale));
                cell.setCellStyle(bold);
            }
            int number = 3;
            for (BoardRow task : rows) {
                Row row = sheet.createRow(number++);
                row.createCell(0).setCellValue(task.title());
                row.createCell(1).setCellValue(text("kind." + task.kind(), locale));
                row.createCell(2).setCellValue(task.directiveNumber() + ", "
                        + messages.getMessage("board.point", new Object[]{task.pointNumber()}, locale));
                row.createCell(3).setCellValue(task.leadUnit());
                row.createCell(4).setCellValue(String.join("; ", task.coordinatingUnits()));
                row.createCell(5).setCellValue(task.assignee());
                if (task.dueDate() != null) {
                    Cell due = row.createCell(6);
                    due.setCellValue(task.dueDate());
                    due.setCellStyle(date);
                }
                row.createCell(7).setCellValue(task.category() == null ? "" : text("category." + task.category(), locale));
                row.createCell(8).setCellValue(text("status." + task.status(), locale));
            }
            for (int i = 0; i < COLUMNS.length; i++) {
                sheet.setColumnWidth(i, i == 0 ? 60 * 256 : 24 * 256);
            }
            workbook.write(out);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
