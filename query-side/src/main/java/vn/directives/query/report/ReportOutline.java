package vn.directives.query.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of a report as a sequence of blocks, between the letterhead and the recipients: the
 * DOCX and the PDF both render this one outline, so the two say the same thing in the same order.
 */
final class ReportOutline {

    /** A block of the body. */
    sealed interface Block permits Section, Subsection, Body, Table {
    }

    record Section(String text) implements Block {
    }

    record Subsection(String text) implements Block {
    }

    record Body(String text) implements Block {
    }

    record Table(ReportTable table) implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();

    private ReportOutline() {
    }

    static List<Block> of(YearlyReport report, Wording wording, Letterhead letterhead) {
        return new ReportOutline().build(report, wording, letterhead);
    }

    private List<Block> build(YearlyReport report, Wording wording, Letterhead letterhead) {
        YearlyReport.Directive directive = report.directive();
        body("Thực hiện " + Wording.directiveName(directive) + " ngày " + Dates.vietnamese(directive.issuedOn())
                + " của " + directive.issuingBody() + " \u201C" + directive.title() + "\u201D, "
                + letterhead.issuingBodyName() + " báo cáo kết quả thực hiện " + wording.periodPhrase()
                + " (số liệu từ ngày " + Dates.vietnamese(report.periodFrom()) + " đến hết ngày "
                + Dates.vietnamese(report.cutOff()) + ") như sau:");
        body("Cơ sở số liệu: " + report.basisLabel() + ".");
        YearlyReport.Categories c = report.categories();
        section("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ");
        subsection("1. Tình hình thực hiện nhiệm vụ theo thời hạn");
        body("Trong kỳ báo cáo có " + c.total() + " nhiệm vụ: " + c.doneOnTime() + " hoàn thành đúng hạn, "
                + c.doneLate() + " hoàn thành quá hạn, " + c.openWithinDeadline() + " đang thực hiện trong hạn, "
                + c.openOverdue() + " quá hạn chưa hoàn thành; tỷ lệ quá hạn " + Numbers.percent(c.overduePercent())
                + ". Ngoài ra có " + c.cancelled() + " nhiệm vụ đã hủy (nêu tại mục VI).");
        table(ReportTables.categories(report));
        subsection("2. Kết quả theo loại nhiệm vụ");
        table(ReportTables.results(report));
        section("II. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU");
        body("Các chỉ tiêu tính đến hết ngày " + Dates.vietnamese(report.cutOff()) + ", so với cùng kỳ năm trước "
                + "(hết ngày " + Dates.vietnamese(report.cutOff().minusYears(1)) + ") và mục tiêu của chỉ thị:");
        table(ReportTables.indicatorsInWords(report));
        points(report, wording.previous());
        sector(report, wording.previous());
        section("V. KẾT QUẢ THEO ĐƠN VỊ CHỦ TRÌ, THÀNH VIÊN BAN CHỈ ĐẠO VÀ ĐƠN VỊ PHỐI HỢP");
        subsection("1. Theo đơn vị chủ trì");
        table(ReportTables.byLeadUnit(report));
        subsection("2. Theo thành viên Ban Chỉ đạo");
        table(ReportTables.byMember(report));
        subsection("3. Đóng góp của các đơn vị phối hợp");
        if (report.contributions().isEmpty()) {
            body("Không có đóng góp của đơn vị phối hợp trong kỳ.");
        } else {
            body(ContributionTables.summary(report));
            table(ContributionTables.inWords(report));
        }
        section("VI. NHIỆM VỤ QUÁ HẠN, GIA HẠN VÀ HỦY");
        subsection("1. Nhiệm vụ quá hạn");
        tableOr(ReportTables.overdue(report), "Không có nhiệm vụ quá hạn.");
        subsection("2. Nhiệm vụ đề nghị gia hạn");
        tableOr(ReportTables.extensions(report), "Không có đề nghị gia hạn trong kỳ.");
        subsection("3. Nhiệm vụ đã hủy");
        tableOr(ReportTables.cancelled(report), "Không có nhiệm vụ bị hủy trong kỳ.");
        int next = 7;
        if (report.historyPosition() != null) {
            section(Roman.of(next++) + ". SỐ LIỆU HIỆU CHỈNH");
            body("Những số liệu dưới đây khác với số liệu đã ghi nhận đến hết ngày chốt số liệu, do sự việc xảy "
                    + "ra trước ngày chốt nhưng được ghi nhận sau đó (dữ liệu đến vị trí " + report.historyPosition()
                    + " của lịch sử sự kiện):");
            tableOr(ReportTables.differences(report), "Không có số liệu khác nhau.");
        }
        if (wording.comparison() != null) {
            section(Roman.of(next++) + ". SO SÁNH VỚI CÙNG KỲ NĂM TRƯỚC");
            body("Mỗi số liệu của kỳ báo cáo bên cạnh số liệu cùng kỳ năm trước (từ ngày "
                    + Dates.vietnamese(report.periodFrom().minusYears(1)) + " đến hết ngày "
                    + Dates.vietnamese(report.cutOff().minusYears(1)) + ") và mức tăng, giảm:");
            table(wording.comparison());
        }
        for (Wording.Narrative narrative : wording.narrative()) {
            section(Roman.of(next++) + ". " + narrative.heading());
            String text = narrative.text() == null ? "" : narrative.text().strip();
            if (text.isEmpty()) {
                body("(chưa có nội dung)");
            }
            for (String paragraph : text.split("\\R+")) {
                if (!paragraph.isBlank()) {
                    body(paragraph.strip());
                }
            }
        }
        return blocks;
    }

    /** A subsection and a table per point; a delegated sub-task counts once, through the task it is part of. */
    private void points(YearlyReport report, YearlyReport previous) {
        section("III. KẾT QUẢ THỰC HIỆN THEO TỪNG ĐIỂM CỦA CHỈ THỊ");
        body("Mỗi điểm gồm các nhiệm vụ được giao theo điểm đó" + (previous == null ? "" : ", so với cùng kỳ năm trước")
                + ". Nhiệm vụ giao cho cấp dưới là một phần của nhiệm vụ cấp trên nên chỉ được tính một lần, theo"
                + " nhiệm vụ cấp trên; số nhiệm vụ giao cấp dưới được nêu riêng.");
        for (YearlyReport.PointRow point : report.points()) {
            subsection("Điểm " + point.number());
            if (!point.text().isBlank()) {
                body(point.text().strip());
            }
            table(PointTables.of(point, PointTables.previousOf(previous, point.number()), previous != null, true));
            String products = PointTables.products(point);
            if (products != null) {
                body(products);
            }
        }
    }

    /** The enterprise sector's totals, then by commune or ward and by zone when the registry holds anything. */
    private void sector(YearlyReport report, YearlyReport previous) {
        if (report.sector() == null) {
            return;
        }
        section("IV. TỔ CHỨC ĐẢNG, TỔ CHỨC CHÍNH TRỊ - XÃ HỘI TRONG DOANH NGHIỆP");
        body("Số liệu đến hết ngày " + Dates.vietnamese(report.cutOff()) + " theo sổ theo dõi doanh nghiệp và hồ sơ"
                + " tổ chức đảng" + (previous == null ? "" : ", so với cùng kỳ năm trước") + "; \u201C"
                + PreviousYear.NO_DATA + "\u201D là nội dung chưa được cập nhật vào hệ thống.");
        for (YearlyReport.MigratedFrom migration : report.sector().migratedFrom()) {
            body("Số liệu chuyển từ hệ thống cũ: " + migration.source() + " (đợt chuyển " + migration.importJobId()
                    + ", " + migration.facts() + " sự việc được tính, xác nhận bởi " + migration.confirmedBy()
                    + " ngày " + Dates.vietnamese(migration.confirmedOn()) + ").");
        }
        table(SectorTables.totals(report, previous));
        if (SectorTables.registryKnown(report)) {
            subsection("1. Theo xã, phường");
            tableOr(SectorTables.byLocality(report, previous), "Không có doanh nghiệp đang hoạt động.");
            subsection("2. Theo khu, cụm công nghiệp");
            tableOr(SectorTables.byZone(report, previous), "Không có doanh nghiệp đang hoạt động.");
        } else {
            body("Sổ theo dõi doanh nghiệp chưa có số liệu nên chưa tổng hợp được theo xã, phường và khu, cụm"
                    + " công nghiệp.");
        }
    }

    private void tableOr(ReportTable table, String whenEmpty) {
        if (table.rows().isEmpty()) {
            body(whenEmpty);
        } else {
            table(table);
        }
    }

    private void section(String text) {
        blocks.add(new Section(text));
    }

    private void subsection(String text) {
        blocks.add(new Subsection(text));
    }

    private void body(String text) {
        blocks.add(new Body(text));
    }

    private void table(ReportTable table) {
        blocks.add(new Table(table));
    }

    /** Roman numerals of the document's sections (I to XX is plenty). */
    static final class Roman {

        private static final String[] NUMERALS = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
                "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"};

        private Roman() {
        }

        static String of(int number) {
            return NUMERALS[number];
        }
    }
}
