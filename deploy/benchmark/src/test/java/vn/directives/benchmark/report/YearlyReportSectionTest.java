package vn.directives.benchmark.report;

import org.junit.jupiter.api.Test;
import vn.directives.benchmark.baseline.RawPostgres;
import vn.directives.benchmark.yearly.YearlyReportRun;
import vn.directives.events.report.ReportBasis;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class YearlyReportSectionTest {

    @Test
    void eachBasisIsBesideTheRawScanWithItsRatio() {
        RawPostgres.Rate scan = new RawPostgres.Rate(1, 1_000_000, 0.5, 0, 0, 0, Double.NaN);
        YearlyReportRun.Figures figures = new YearlyReportRun.Figures("42-CT/TU", 7_000, "2025-11-15", 512L << 20,
                scan, List.of(new YearlyReportRun.Built(ReportBasis.AS_RECORDED, 10.0, 200L << 20, 12_345),
                new YearlyReportRun.Built(ReportBasis.CORRECTED, 20.0, 300L << 20, 23_456)), null,
                List.of(new YearlyReportRun.Built(ReportBasis.AS_RECORDED, 4.0, 150L << 20, 12_345)));

        String section = Report.yearlyReport(figures);

        assertThat(section).contains("512 MB heap", "1,000,000 events", "directive 42-CT/TU", "(7,000)",
                "2025-11-15 cut-off");
        assertThat(section).contains("| as recorded | 10.00 | 200 | 12,345 | 100,000 | 2,000,000 | 0.050 |");
        assertThat(section).contains("| corrected | 20.00 | 300 | 23,456 | 50,000 | 2,000,000 | 0.025 |");
        assertThat(section).contains("| as recorded, warm JVM | 4.00 | 150 | 12,345 | 250,000 | 2,000,000 | 0.125 |");
    }

    @Test
    void aRunWithoutTheStepSaysSo() {
        assertThat(Report.yearlyReport(null)).startsWith("Not measured");
    }
}
