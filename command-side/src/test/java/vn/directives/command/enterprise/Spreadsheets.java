package vn.directives.command.enterprise;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Enterprise lists as a province sends them, written by Apache POI; valid tax codes made at random. */
final class Spreadsheets {

    static final List<String> HEADER = List.of("Mã số thuế", "Tên doanh nghiệp", "Địa chỉ", "Xã/phường",
            "Khu/cụm công nghiệp", "Loại hình", "Số lao động", "Tình trạng", "Ngày hiệu lực");

    private Spreadsheets() {
    }

    /** A tax code nobody used before in this database: nine random digits and their check digit. */
    static String newTaxCode() {
        while (true) {
            String nine = "46" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
            int check = TaxCode.checkDigit(nine + "0");
            if (check < 10) {
                return nine + check;
            }
        }
    }

    /**
     * An XLSX whose first row is {@code header} and then {@code rows}; a cell text starting with "="
     * becomes a formula, a {@link LocalDate} a date cell, a number a numeric cell.
     */
    static byte[] xlsx(List<String> header, List<List<Object>> rows, boolean mergeFirstTwoNames) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Doanh nghiệp");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (value instanceof String text && text.startsWith("=")) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            if (mergeFirstTwoNames) {
                sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
