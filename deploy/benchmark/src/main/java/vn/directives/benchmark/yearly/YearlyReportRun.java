package vn.directives.benchmark.yearly;

import org.postgresql.ds.PGSimpleDataSource;
import vn.directives.benchmark.CpuMeter;
import vn.directives.benchmark.baseline.RawPostgres;
import vn.directives.events.cellestablishment.CellEstablishmentOpened;
import vn.directives.events.directive.DirectiveRegistered;
import vn.directives.events.membertransfer.MemberTransferRequested;
import vn.directives.events.report.ReportBasis;
import vn.directives.events.survey.SurveyOpened;
import vn.directives.events.trainingcourse.TrainingCoursePlanned;
import vn.directives.query.report.ReportDrafts;
import vn.directives.query.report.YearlyReports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The yearly report step: the report engine of the query side ({@link YearlyReports}) run in this
 * JVM, on the query side's database role, over the generated history, for the directive with the
 * most tasks at its 2025 cut-off, as recorded and corrected; then the report the committee issues
 * for the same year (a draft with every narrative section written, the previous year beside every
 * figure, the per-point and enterprise-sector sections) rendered to PDF; beside the raw sequential
 * scan of the event table from the same JVM and role. Each figure is also printed as a
 * {@code key=value} line ({@code report_as_recorded_s}, {@code report_corrected_s},
 * {@code report_draft_pdf_s} and their {@code _peak_heap_mb}) for the run's collected results.
 */
public final class YearlyReportRun {

    /** The year whose cut-off the reports are built at: inside the history (2023 to November 2026). */
    static final int YEAR = 2025;

    private static final List<String> TASK_OPENINGS = List.of(SurveyOpened.class.getName(),
            CellEstablishmentOpened.class.getName(), MemberTransferRequested.class.getName(),
            TrainingCoursePlanned.class.getName());

    /** One report: how long it took, the most heap it needed, the size of its JSON. */
    public record Built(ReportBasis basis, double seconds, long peakHeapBytes, int jsonBytes) {
    }

    /** The step's figures, handed to the step that writes BENCHMARKS.md as JSON. */
    /**
     * @param reports  each basis, the first reports of a fresh JVM (its JIT compiling as they run)
     * @param draftPdf the draft with every section, folded and rendered to PDF ({@code jsonBytes}: the PDF's size)
     * @param warm     each basis again in the same JVM after the others, as the query side builds a report
     *                 once it has built some (empty when not measured)
     */
    public record Figures(String directiveNumber, long directiveTasks, String cutOff, long maxHeapBytes,
                          RawPostgres.Rate scan, List<Built> reports, Built draftPdf, List<Built> warm) {

        public Figures {
            warm = warm == null ? List.of() : List.copyOf(warm);
        }

        /** The events of the store (the raw scan's rows) a report went through per second. */
        public double eventsPerSecond(Built report) {
            return scan.rows() / report.seconds();
        }

        /** The report's rate beside the raw scan's: below 1, the report is slower than reading the table. */
        public double ratio(Built report) {
            return eventsPerSecond(report) / scan.perSecond();
        }
    }

    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    /** This JVM's CPU, and PostgreSQL's when its postmaster is known (null otherwise). */
    private final CpuMeter jvm = CpuMeter.process(Long.toString(ProcessHandle.current().pid()));
    private final CpuMeter postgres;

    public YearlyReportRun(String url, String user, String password, CpuMeter postgres) {
        this.postgres = postgres;
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
    }

    public Figures measure(Consumer<String> log) throws SQLException {
        String[] directive = largestDirective();
        YearlyReports reports = new YearlyReports(dataSource);
        LocalDate cutOff = reports.cutOffOf(directive[0], YEAR);
        RawPostgres.Rate scan;
        try (Connection connection = dataSource.getConnection()) {
            // the first scan warms the cache as the first report would
            RawPostgres.sequentialScan(connection);
            scan = RawPostgres.sequentialScan(connection);
        }
        log.accept(String.format("raw scan from this JVM: %,d rows in %.2f s (%,.0f rows/s)", scan.rows(),
                scan.seconds(), scan.perSecond()));
        HeapPeak heap = new HeapPeak();
        List<Built> built = build(reports, directive, cutOff, heap, "", log);
        heap.reset();
        long start = System.nanoTime();
        byte[] pdf = ReportDrafts.measuredDocument(dataSource, directive[0], cutOff.minusYears(1).plusDays(1), cutOff,
                ReportBasis.AS_RECORDED, SECTION_TEXT, "pdf");
        Built draft = new Built(ReportBasis.AS_RECORDED, (System.nanoTime() - start) / 1e9, heap.bytes(), pdf.length);
        log.accept(String.format("report draft %s with every section, beside the previous year, as PDF: %.2f s, "
                + "peak heap %,d MB, PDF %,d bytes", directive[1], draft.seconds(), draft.peakHeapBytes() >> 20,
                draft.jsonBytes()));
        log.accept(String.format(java.util.Locale.ROOT, "report_draft_pdf_s=%.2f", draft.seconds()));
        log.accept(String.format(java.util.Locale.ROOT, "report_draft_pdf_peak_heap_mb=%d", draft.peakHeapBytes() >> 20));
        // the query side builds reports in a JVM that has built reports before: each basis once more, warm
        List<Built> warm = build(reports, directive, cutOff, heap, "_warm", log);
        return new Figures(directive[1], Long.parseLong(directive[2]), cutOff.toString(),
                Runtime.getRuntime().maxMemory(), scan, built, draft, warm);
    }

    /** Each basis in turn, timed, its heap peak, hash and CPU logged; {@code suffix} marks the keys of a warm pass. */
    private List<Built> build(YearlyReports reports, String[] directive, LocalDate cutOff, HeapPeak heap, String suffix,
                              Consumer<String> log) throws SQLException {
        List<Built> built = new ArrayList<>();
        for (ReportBasis basis : ReportBasis.values()) {
            heap.reset();
            double jvmBefore = jvm.seconds();
            double postgresBefore = postgres == null ? 0 : postgres.seconds();
            long start = System.nanoTime();
            byte[] json = reports.json(directive[0], cutOff, basis);
            Built report = new Built(basis, (System.nanoTime() - start) / 1e9, heap.bytes(), json.length);
            built.add(report);
            // the digest tells two runs on the same history apart: a change meant to be faster only must keep it;
            // CPU seconds (this JVM: the report, its JIT compiler and collector; PostgreSQL) tell what it cost
            // where the wall time also says how busy the shared machine was
            log.accept(String.format("yearly report %s, cut-off %s, %s%s: %.2f s, peak heap %,d MB, JSON %,d bytes, "
                            + "SHA-256 %s, CPU %.2f s JVM + %s PostgreSQL", directive[1], cutOff, basis,
                    suffix.isEmpty() ? "" : " (warm JVM)",
                    report.seconds(), report.peakHeapBytes() >> 20, report.jsonBytes(), sha256(json),
                    jvm.seconds() - jvmBefore, postgres == null ? "(not measured)"
                            : String.format("%.2f s", postgres.seconds() - postgresBefore)));
            String key = (basis == ReportBasis.AS_RECORDED ? "report_as_recorded" : "report_corrected") + suffix;
            log.accept(String.format(java.util.Locale.ROOT, "%s_s=%.2f", key, report.seconds()));
            log.accept(String.format(java.util.Locale.ROOT, "%s_peak_heap_mb=%d", key, report.peakHeapBytes() >> 20));
        }
        return built;
    }

    /** A narrative section as long as a real one (about 2,000 characters of Vietnamese), in every section. */
    private static final String SECTION_TEXT = ("Các cấp ủy đã quán triệt Chỉ thị đến chi bộ và đảng viên trong "
            + "doanh nghiệp; công tác khảo sát, vận động chủ doanh nghiệp được triển khai đồng bộ, thành lập được "
            + "tổ chức đảng ở những nơi đủ điều kiện.\n").repeat(12);

    /** The id, number and task count of the directive most tasks follow up. */
    private String[] largestDirective() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT directive_id, tasks,
                            (SELECT convert_from(r.payload, 'UTF8')::jsonb ->> 'number'
                               FROM events.domain_event_entry r
                              WHERE r.aggregate_identifier = directive_id AND r.payload_type = ?)
                       FROM (SELECT convert_from(payload, 'UTF8')::jsonb -> 'task' ->> 'directiveId' AS directive_id,
                                    count(*) AS tasks
                               FROM events.domain_event_entry
                              WHERE payload_type = ANY (?)
                              GROUP BY 1
                              ORDER BY 2 DESC, 1
                              LIMIT 1) largest""")) {
            statement.setString(1, DirectiveRegistered.class.getName());
            statement.setArray(2, connection.createArrayOf("varchar", TASK_OPENINGS.toArray()));
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("The history holds no task: generate it first");
                }
                return new String[]{row.getString(1), row.getString(3), String.valueOf(row.getLong(2))};
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes))
                    .substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
