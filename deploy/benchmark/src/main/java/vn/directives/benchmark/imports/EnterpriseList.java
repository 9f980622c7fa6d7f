package vn.directives.benchmark.imports;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A province's enterprise list as its business-registry extract arrives: a header in Vietnamese,
 * one row per enterprise with a valid tax code, the ward by the name it bears, ownership and status
 * in the list's words, a date as text. The same rows as CSV for PostgreSQL's COPY (the baseline).
 */
final class EnterpriseList {

    static final List<String> HEADER = List.of("Mã số thuế", "Tên doanh nghiệp", "Địa chỉ", "Xã/phường",
            "Khu/cụm công nghiệp", "Loại hình", "Số lao động", "Tình trạng", "Ngày hiệu lực");
    private static final String[] OWNERSHIP = {"Tư nhân", "Có vốn đầu tư nước ngoài",
            "Cổ phần có vốn nhà nước không chi phối"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final List<List<String>> rows = new ArrayList<>();

    EnterpriseList(int size, List<String> wardNames, long seed) {
        Random random = new Random(seed);
        int next = 1_000_000 + random.nextInt(8_000_000);
        while (rows.size() < size) {
            String nine = "47" + next++;
            int check = checkDigit(nine);
            if (check > 9) {
                continue;
            }
            int i = rows.size();
            LocalDate on = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3_650));
            rows.add(List.of(nine + check, "Công ty TNHH Đo Tải Số " + i, "Số " + (i % 500 + 1)
                            + " đường Cách Mạng Tháng Tám", wardNames.get(i % wardNames.size()),
                    i % 4 == 0 ? "KCN Sông Công I" : "", OWNERSHIP[i % OWNERSHIP.length],
                    String.valueOf(5 + random.nextInt(2_000)), i % 17 == 0 ? "Tạm ngừng" : "Đang hoạt động",
                    on.format(DAY)));
        }
    }

    byte[] xlsx() throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(500);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Doanh nghiệp");
            write(sheet.createRow(0), HEADER);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r));
            }
            workbook.write(out);
            return out.toByteArray();
        } finally {
            workbook.dispose();
        }
    }

    /** The rows as CSV, dates in ISO form, for {@code COPY … (FORMAT csv)}. */
    byte[] csv() {
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                String value = c == 8 ? LocalDate.parse(row.get(c), DAY).toString() : row.get(c);
                csv.append(c == 0 ? "" : ",").append('"').append(value.replace("\"", "\"\"")).append('"');
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            if (c == 6 && row.getRowNum() > 0) {
                row.createCell(c).setCellValue(Integer.parseInt(values.get(c)));
            } else {
                row.createCell(c).setCellValue(values.get(c));
            }
        }
    }

    /** The tax authority's check digit of nine digits (10: no code is issued with them). */
    private static int checkDigit(String nine) {
        int[] weights = {31, 29, 23, 19, 17, 13, 7, 5, 3};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += weights[i] * (nine.charAt(i) - '0');
        }
        return 10 - sum % 11;
    }
}
