package vn.directives.query.report;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of figures that differ between the two bases: percentages read as Vietnamese documents
 * write them (never {@code 50.0} or {@code null}), and the workbook keeps them as numbers.
 */
class DifferencesTableTest {

    private static final YearlyReport.Directive DIRECTIVE = new YearlyReport.Directive("d", "42-CT/TU", "Chỉ thị",
            "Về tăng cường xây dựng tổ chức đảng", LocalDate.of(2022, 12, 23), "Ban Thường vụ Tỉnh ủy",
            "Ban Thường vụ Tỉnh ủy");

    @Test
    void an_overdue_percentage_that_appears_reads_with_a_decimal_comma_and_nothing_to_divide_reads_as_a_dash() {
        YearlyReport recorded = report(new YearlyReport.Categories(0, 0, 0, 0, 0, null, 0));
        YearlyReport corrected = report(new YearlyReport.Categories(1, 1, 0, 0, 2, new BigDecimal("50.0"), 0));

        List<YearlyReport.Difference> differences = Differences.between(recorded, corrected);
        List<String> rows = ReportTables.differences(withDifferences(corrected, differences)).rows().stream()
                .map(row -> row.stream().map(Numbers::text).reduce((a, b) -> a + "|" + b).orElseThrow())
                .toList();

        assertThat(rows).contains("Tỷ lệ quá hạn|—|50,0%", "Hoàn thành đúng hạn|0|1", "Hoàn thành quá hạn|0|1");
        assertThat(String.join("\n", rows)).doesNotContain("null").doesNotContain("50.0");
    }

    @Test
    void the_workbook_keeps_the_differing_counts_and_percentages_as_numbers() throws IOException {
        YearlyReport recorded = report(new YearlyReport.Categories(1, 0, 1, 0, 2, new BigDecimal("0.0"), 0));
        YearlyReport corrected = report(new YearlyReport.Categories(1, 0, 0, 1, 2, new BigDecimal("50.0"), 0));
        YearlyReport report = withDifferences(corrected, Differences.between(recorded, corrected));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportWorkbook.of(report)))) {
            Sheet sheet = workbook.getSheet("Hiệu chỉnh");
            Row percent = rowNamed(sheet, "Tỷ lệ quá hạn");
            assertThat(percent.getCell(1).getNumericCellValue()).isEqualTo(0.0);
            assertThat(percent.getCell(2).getNumericCellValue()).isEqualTo(0.5);
            assertThat(percent.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(rowNamed(sheet, "Quá hạn chưa hoàn thành").getCell(2).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    @Test
    void columns_are_as_wide_as_their_values_within_bounds() {
        ReportTable table = new ReportTable("s", "t", List.of("STT", "Nhiệm vụ", "Ngày giao"), List.of(
                List.of(1, "Khảo sát doanh nghiệp trong Khu công nghiệp Yên Bình, huyện Phổ Yên", LocalDate.of(2023, 1, 5)),
                List.of(2, "x".repeat(200), LocalDate.of(2023, 2, 5))));

        assertThat(ReportWorkbook.width(table, 0)).isEqualTo(ReportWorkbook.MIN_WIDTH);
        assertThat(ReportWorkbook.width(table, 1)).isEqualTo(ReportWorkbook.MAX_WIDTH);
        assertThat(ReportWorkbook.width(table, 2)).isEqualTo("05/01/2023".length() + 2);
    }

    private static Row rowNamed(Sheet sheet, String item) {
        for (Row row : sheet) {
            if (row.getRowNum() > ReportWorkbook.HEADER_ROW && row.getCell(0).getStringCellValue().equals(item)) {
                return row;
            }
        }
        throw new AssertionError("no row " + item);
    }

    private static YearlyReport report(YearlyReport.Categories categories) {
        YearlyReport.KindResults results = new YearlyReport.KindResults(new YearlyReport.Surveys(0, 0, 0),
                new YearlyReport.Establishments(0, 0, 0), new YearlyReport.Transfers(0, 0, 0, 0, 0, 0),
                new YearlyReport.Courses(0, 0, 0, 0, 0, 0));
        return new YearlyReport(DIRECTIVE, "CORRECTED", "Số liệu hiệu chỉnh", LocalDate.of(2023, 11, 15),
                LocalDate.of(2023, 1, 1), 10L, categories, results, List.of(), List.of(), null, List.of(), List.of(),
                List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }

    private static YearlyReport withDifferences(YearlyReport r, List<YearlyReport.Difference> differences) {
        return new YearlyReport(r.directive(), r.basis(), r.basisLabel(), r.cutOff(), r.periodFrom(),
                r.historyPosition(), r.categories(), r.results(), r.indicators(), r.points(), r.sector(), r.byLeadUnit(),
                r.byMember(), r.contributions(),
                r.overdueTasks(), r.extensions(), r.cancelledTasks(), r.tasks(), differences);
    }
}
