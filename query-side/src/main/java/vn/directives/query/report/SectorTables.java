package vn.directives.query.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The enterprise sector as the seeds' reports quote it: enterprises and workers, socio-political
 * organizations and their members, Party organizations by kind and superior committee, Party
 * members by status, admissions by category, members who left other than by transfer by reason; then enterprises, workers and enterprises with a Party
 * organization by commune or ward and by zone.
 * Beside the same period of the previous year when there is one; "chưa có số liệu" where nothing
 * was recorded.
 */
final class SectorTables {

    private SectorTables() {
    }

    static ReportTable totals(YearlyReport current, YearlyReport previous) {
        YearlyReport.Sector now = current.sector();
        YearlyReport.Sector before = previous == null ? null : previous.sector();
        FigureRows rows = new FigureRows(previous != null);
        rows.count("Doanh nghiệp ngoài nhà nước đang hoạt động", now.enterprises(),
                before == null ? null : before.enterprises());
        rows.count("Người lao động trong các doanh nghiệp đó", now.workers(), before == null ? null : before.workers());
        for (int i = 0; i < now.socioPolitical().size(); i++) {
            YearlyReport.SocioPolitical n = now.socioPolitical().get(i);
            YearlyReport.SocioPolitical b = before == null ? null : before.socioPolitical().get(i);
            rows.count(n.label() + ": số tổ chức", n.organizations(), b == null ? null : b.organizations());
            rows.count(n.label() + ": " + memberWord(n.kind()), n.members(), b == null ? null : b.members());
        }
        rows.count("Tổ chức đảng trong doanh nghiệp", now.partyOrganizations(),
                before == null ? null : before.partyOrganizations());
        counts(rows, "Trong đó: ", now.partyOrganizationsByKind(),
                before == null ? null : before.partyOrganizationsByKind());
        counts(rows, "Trực thuộc: ", now.partyOrganizationsBySuperior(),
                before == null ? null : before.partyOrganizationsBySuperior());
        rows.count("Đảng viên trong các tổ chức đảng đó", now.partyMembers(),
                before == null ? null : before.partyMembers());
        counts(rows, "Trong đó: ", now.partyMembersByStatus(), before == null ? null : before.partyMembersByStatus());
        rows.count("Đảng viên mới được kết nạp trong kỳ", now.admissions(), before == null ? null : before.admissions());
        counts(rows, "Kết nạp là ", now.admissionsByCategory(), before == null ? null : before.admissionsByCategory());
        rows.count("Chủ doanh nghiệp, cán bộ quản lý được kết nạp", now.ownersAndManagersAdmitted(),
                before == null ? null : before.ownersAndManagersAdmitted());
        counts(rows, "Ra khỏi tổ chức trong kỳ (ngoài chuyển sinh hoạt): ", now.exitsByReason(),
                before == null ? null : before.exitsByReason());
        return rows.table("Khu vực doanh nghiệp", "Tổ chức đảng, tổ chức chính trị - xã hội trong doanh nghiệp");
    }

    static ReportTable byLocality(YearlyReport current, YearlyReport previous) {
        return places("Theo xã, phường", "Doanh nghiệp và người lao động theo xã, phường", "Xã, phường",
                current.sector().byLocality(), previous == null ? null : previous.sector().byLocality(),
                previous != null && registryKnown(previous));
    }

    static ReportTable byZone(YearlyReport current, YearlyReport previous) {
        return places("Theo khu, cụm công nghiệp", "Doanh nghiệp và người lao động theo khu, cụm công nghiệp",
                "Khu, cụm công nghiệp", current.sector().byZone(),
                previous == null ? null : previous.sector().byZone(), previous != null && registryKnown(previous));
    }

    /** Whether the registry held anything at the cut: without it, the tables by place are left out. */
    static boolean registryKnown(YearlyReport report) {
        return report.sector() != null && report.sector().enterprises() != null;
    }

    private static String memberWord(String kind) {
        return "TRADE_UNION".equals(kind) || "YOUTH_UNION".equals(kind) ? "đoàn viên" : "hội viên";
    }

    /** Labelled counts; last year's by label, since the labels of a year (superior committees) may differ. */
    private static void counts(FigureRows rows, String prefix, List<YearlyReport.Count> now,
                               List<YearlyReport.Count> before) {
        Map<String, Long> previous = new LinkedHashMap<>();
        if (before != null) {
            before.forEach(c -> previous.put(c.label(), c.count()));
        }
        Map<String, Long> current = new LinkedHashMap<>();
        now.forEach(c -> current.put(c.label(), c.count()));
        List<String> labels = new ArrayList<>(current.keySet());
        previous.keySet().stream().filter(label -> !current.containsKey(label)).forEach(labels::add);
        for (String label : labels) {
            boolean unknownKind = now.stream().anyMatch(c -> c.label().equals(label) && c.count() == null);
            // a label seen in one year only counts 0 in the other, unless it is a figure never recorded
            Long n = current.containsKey(label) ? current.get(label) : unknownKind ? null : Long.valueOf(0);
            Long b = before == null ? null : previous.containsKey(label) ? previous.get(label) : Long.valueOf(0);
            rows.count(prefix + label, n, b);
        }
    }

    private static ReportTable places(String sheet, String title, String header, List<YearlyReport.Total> now,
                                      List<YearlyReport.Total> before, boolean beforeKnown) {
        Map<String, YearlyReport.Total> current = new LinkedHashMap<>();
        now.forEach(t -> current.put(t.name(), t));
        Map<String, YearlyReport.Total> previous = new LinkedHashMap<>();
        if (before != null) {
            before.forEach(t -> previous.put(t.name(), t));
        }
        TreeSet<String> names = new TreeSet<>(current.keySet());
        names.addAll(previous.keySet());
        // a place missing from one period had no operating enterprise then (0); a period whose
        // registry held nothing at all has no figure to show ("chưa có số liệu")
        List<List<Object>> rows = new ArrayList<>();
        for (String name : names) {
            YearlyReport.Total n = current.get(name);
            YearlyReport.Total b = previous.get(name);
            List<Object> row = new ArrayList<>();
            row.add(name);
            if (before != null) {
                row.add(!beforeKnown ? PreviousYear.NO_DATA : b == null ? 0L : b.enterprises());
            }
            row.add(n == null ? 0L : n.enterprises());
            if (before != null) {
                row.add(!beforeKnown ? PreviousYear.NO_DATA : b == null ? 0L : b.workers());
            }
            row.add(n == null ? 0L : n.workers());
            if (before != null) {
                row.add(!beforeKnown ? PreviousYear.NO_DATA : b == null ? 0L : b.withPartyOrganization());
            }
            row.add(n == null ? 0L : n.withPartyOrganization());
            rows.add(row);
        }
        List<String> headers = before != null
                ? List.of(header, "Doanh nghiệp cùng kỳ", "Doanh nghiệp kỳ này", "Lao động cùng kỳ", "Lao động kỳ này",
                        "Có tổ chức đảng cùng kỳ", "Có tổ chức đảng kỳ này")
                : List.of(header, "Doanh nghiệp", "Người lao động", "Có tổ chức đảng");
        return new ReportTable(sheet, title, headers, rows);
    }
}
