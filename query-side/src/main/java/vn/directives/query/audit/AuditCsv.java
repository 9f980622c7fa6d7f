package vn.directives.query.audit;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV exports of the audit trail: UTF-8 with a byte-order mark (so that spreadsheet programs
 * show Vietnamese correctly), a header row in Vietnamese with English beside it, and fields
 * quoted whenever they hold a separator, a quote or a line break.
 */
public final class AuditCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String BOM = "\uFEFF";

    private AuditCsv() {
    }

    public static byte[] entries(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, "Vị trí (position)", "Thời điểm ghi (recorded at)", "Sự kiện (event)", "Đối tượng (aggregate)",
                "Thứ tự (sequence)", "Người thực hiện (actor)", "Vai trò (role)", "Đơn vị (unit)",
                "Mã yêu cầu (correlation id)", "Mã nguyên nhân (causation id)", "Đợt chuyển số liệu (import job)",
                "Nguồn số liệu cũ (migration source)", "Ngày ghi nhận gốc (recorded originally on)");
        for (AuditEntry e : entries) {
            line(csv, String.valueOf(e.position()), TIME.format(e.recordedAt()), e.event(), e.aggregateId(),
                    String.valueOf(e.sequence()), e.actor(), e.role(), e.unit(), e.correlationId(), e.causationId(),
                    e.importJobId(), e.migrationSource(), e.recordedOriginallyOn());
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] refusals(List<Refusal> refusals) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, "Phía (side)", "Thời điểm (occurred at)", "Tài khoản (user)", "Kết quả (outcome)",
                "Phương thức (method)", "Đường dẫn (path)", "Quy tắc (rule)", "Mã yêu cầu (correlation id)");
        for (Refusal r : refusals) {
            line(csv, r.side(), TIME.format(r.occurredAt()), r.username(), r.outcome(), r.method(), r.path(), r.rule(),
                    r.correlationId());
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(fields[i]));
        }
        csv.append("\r\n");
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        // a leading =, +, - or @ would make a spreadsheet evaluate the field as a formula
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return safe.matches("(?s).*[,\"\r\n].*") ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
