package vn.directives.query.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The report's tables, in the order the document shows them and the workbook's sheets follow. */
final class ReportTables {

    static final List<String> CATEGORY_HEADERS = List.of("Hoàn thành đúng hạn", "Hoàn thành quá hạn",
            "Đang thực hiện trong hạn", "Quá hạn chưa hoàn thành", "Tổng số", "Tỷ lệ quá hạn");

    private ReportTables() {
    }

    static ReportTable categories(YearlyReport report) {
        return new ReportTable("Phân loại nhiệm vụ", "Tình hình thực hiện nhiệm vụ theo thời hạn", CATEGORY_HEADERS,
                List.of(categoryCells(report.categories())));
    }

    static ReportTable results(YearlyReport report) {
        YearlyReport.KindResults r = report.results();
        List<List<Object>> rows = List.of(
                row("Khảo sát", "Nhiệm vụ khảo sát", r.surveys().tasks()),
                row("Khảo sát", "Nhiệm vụ đã hoàn thành", r.surveys().completed()),
                row("Khảo sát", "Doanh nghiệp được khảo sát", r.surveys().enterprisesSurveyed()),
                row("Thành lập tổ chức đảng", "Nhiệm vụ thành lập tổ chức đảng", r.establishments().tasks()),
                row("Thành lập tổ chức đảng", "Tổ chức đảng được thành lập",
                        r.establishments().partyOrganizationsEstablished()),
                row("Thành lập tổ chức đảng", "Nhiệm vụ dừng thực hiện", r.establishments().abandoned()),
                row("Chuyển sinh hoạt đảng", "Nhiệm vụ chuyển sinh hoạt đảng", r.transfers().tasks()),
                row("Chuyển sinh hoạt đảng", "Đã hoàn thành chuyển sinh hoạt", r.transfers().completed()),
                row("Chuyển sinh hoạt đảng", "Trong đó: chính thức", r.transfers().official()),
                row("Chuyển sinh hoạt đảng", "Trong đó: tạm thời", r.transfers().temporary()),
                row("Chuyển sinh hoạt đảng", "Đúng thời hạn", r.transfers().onTime()),
                row("Chuyển sinh hoạt đảng", "Chậm thời hạn", r.transfers().late()),
                row("Lớp bồi dưỡng", "Nhiệm vụ mở lớp", r.courses().tasks()),
                row("Lớp bồi dưỡng", "Lớp đã bế giảng", r.courses().closed()),
                row("Lớp bồi dưỡng", "Học viên đăng ký", r.courses().enrolled()),
                row("Lớp bồi dưỡng", "Học viên tham gia học", r.courses().trained()),
                row("Lớp bồi dưỡng", "Học viên đạt yêu cầu", r.courses().passed()),
                row("Lớp bồi dưỡng", "Giấy chứng nhận đã cấp", r.courses().certificates()));
        return new ReportTable("Kết quả theo loại", "Kết quả theo loại nhiệm vụ",
                List.of("Loại nhiệm vụ", "Nội dung", "Số lượng"), rows);
    }

    static ReportTable indicators(YearlyReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearlyReport.IndicatorRow i : report.indicators()) {
            rows.add(cells(i.code(), i.label(), i.previousNumerator(), i.previousDenominator(),
                    new ReportTable.Percent(i.previousPercent()), i.numerator(), i.denominator(),
                    new ReportTable.Percent(i.percent()), new ReportTable.Percent(i.targetPercent()),
                    i.targetReached() == null ? "—" : i.targetReached() ? "Đạt" : "Chưa đạt"));
        }
        return new ReportTable("Chỉ tiêu", "Kết quả thực hiện các chỉ tiêu so với năm trước",
                List.of("Mã", "Chỉ tiêu", "Năm trước: đạt", "Năm trước: tổng", "Năm trước: tỷ lệ", "Năm nay: đạt",
                        "Năm nay: tổng", "Năm nay: tỷ lệ", "Mục tiêu", "Đánh giá"), rows);
    }

    /**
     * The indicators as the document shows them, readable on an upright page: each year's figures
     * in one cell ("2/4 (50,0%)"); the workbook keeps every figure in a cell of its own.
     */
    static ReportTable indicatorsInWords(YearlyReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearlyReport.IndicatorRow i : report.indicators()) {
            rows.add(cells(i.code(), i.label(),
                    i.previousNumerator() + "/" + i.previousDenominator() + " (" + Numbers.percent(i.previousPercent())
                            + ")",
                    i.numerator() + "/" + i.denominator() + " (" + Numbers.percent(i.percent()) + ")",
                    Numbers.percent(i.targetPercent()),
                    i.targetReached() == null ? "—" : i.targetReached() ? "Đạt" : "Chưa đạt"));
        }
        int year = report.cutOff().getYear();
        return new ReportTable("Chỉ tiêu", "Kết quả thực hiện các chỉ tiêu so với năm trước",
                List.of("Mã", "Chỉ tiêu", "Năm " + (year - 1), "Năm " + year, "Mục tiêu", "Đánh giá"), rows);
    }

    static ReportTable byLeadUnit(YearlyReport report) {
        return group("Theo đơn vị chủ trì", "Kết quả theo đơn vị chủ trì", "Đơn vị chủ trì", report.byLeadUnit());
    }

    static ReportTable byMember(YearlyReport report) {
        return group("Theo thành viên BCĐ", "Kết quả theo thành viên Ban Chỉ đạo", "Thành viên Ban Chỉ đạo",
                report.byMember());
    }

    static ReportTable overdue(YearlyReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearlyReport.TaskLine t : report.overdueTasks()) {
            rows.add(cells(t.title(), t.leadUnit(), t.dueOn(), t.completedOn(),
                    t.daysLate(), t.categoryLabel()));
        }
        return new ReportTable("Nhiệm vụ quá hạn", "Nhiệm vụ quá hạn",
                List.of("Nhiệm vụ", "Đơn vị chủ trì", "Hạn", "Ngày hoàn thành", "Số ngày quá hạn", "Tình trạng"), rows);
    }

    static ReportTable extensions(YearlyReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearlyReport.ExtensionLine e : report.extensions()) {
            rows.add(cells(e.title(), e.requestedOn(), e.requestedDueDate(), e.reason(), e.decisionLabel(),
                    e.rejectionReason()));
        }
        return new ReportTable("Gia hạn", "Nhiệm vụ đề nghị gia hạn",
                List.of("Nhiệm vụ", "Ngày đề nghị", "Hạn đề nghị", "Lý do", "Kết quả", "Lý do không chấp thuận"), rows);
    }

    static ReportTable cancelled(YearlyReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearlyReport.TaskLine t : report.cancelledTasks()) {
            rows.add(cells(t.title(), t.kindLabel(), t.leadUnit(), t.note()));
        }
        return new ReportTable("Nhiệm vụ đã hủy", "Nhiệm vụ đã hủy",
                List.of("Nhiệm vụ", "Loại", "Đơn vị chủ trì", "Lý do"), rows);
    }

    static ReportTable differences(YearlyReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearlyReport.Difference d : report.differences()) {
            rows.add(cells(d.item(), d.asRecorded(), d.corrected()));
        }
        return new ReportTable("Hiệu chỉnh", "Số liệu khác nhau giữa hai cơ sở",
                List.of("Nội dung", "Theo số liệu đã ghi nhận", "Theo số liệu hiệu chỉnh"), rows);
    }

    static ReportTable appendix(YearlyReport report) {
        List<List<Object>> rows = new ArrayList<>();
        int number = 1;
        for (YearlyReport.TaskLine t : report.tasks()) {
            rows.add(cells(number++, t.title(), t.kindLabel(), t.leadUnit(), t.assignee(), t.openedOn(), t.dueOn(),
                    t.completedOn(), t.categoryLabel()));
        }
        return new ReportTable("Phụ lục", "Phụ lục: danh sách nhiệm vụ trong kỳ báo cáo",
                List.of("STT", "Nhiệm vụ", "Loại", "Đơn vị chủ trì", "Thành viên Ban Chỉ đạo", "Ngày giao", "Hạn",
                        "Ngày hoàn thành", "Tình trạng"), rows);
    }

    /** Every table, in order: the workbook writes one sheet each. */
    static List<ReportTable> all(YearlyReport report, YearlyReport previous) {
        List<ReportTable> tables = new ArrayList<>(List.of(categories(report), results(report), indicators(report)));
        if (!report.points().isEmpty()) {
            tables.add(PointTables.all(report, previous));
        }
        if (report.sector() != null) {
            tables.add(SectorTables.totals(report, previous));
            if (SectorTables.registryKnown(report)) {
                tables.add(SectorTables.byLocality(report, previous));
                tables.add(SectorTables.byZone(report, previous));
            }
        }
        tables.addAll(List.of(byLeadUnit(report), byMember(report), ContributionTables.of(report), overdue(report),
                extensions(report), cancelled(report)));
        if (!report.differences().isEmpty()) {
            tables.add(differences(report));
        }
        tables.add(appendix(report));
        return tables;
    }

    private static ReportTable group(String sheet, String title, String header, List<YearlyReport.GroupRow> groups) {
        List<String> headers = new ArrayList<>(List.of(header));
        headers.addAll(CATEGORY_HEADERS);
        List<List<Object>> rows = new ArrayList<>();
        for (YearlyReport.GroupRow g : groups) {
            List<Object> row = new ArrayList<>(List.of(g.name()));
            row.addAll(categoryCells(g.categories()));
            rows.add(row);
        }
        return new ReportTable(sheet, title, headers, rows);
    }

    private static List<Object> categoryCells(YearlyReport.Categories c) {
        return List.of(c.doneOnTime(), c.doneLate(), c.openWithinDeadline(), c.openOverdue(), c.total(),
                new ReportTable.Percent(c.overduePercent()));
    }

    /** A row's cells; an empty cell for a value that does not apply. */
    private static List<Object> cells(Object... values) {
        List<Object> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(value == null ? "" : value);
        }
        return cells;
    }

    private static List<Object> row(String kind, String what, int count) {
        return List.of(kind, what, count);
    }

    static BigDecimal fraction(ReportTable.Percent percent) {
        return percent.value() == null ? null : percent.value().movePointLeft(2);
    }
}
