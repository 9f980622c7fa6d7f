package vn.directives.command.enterprise;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of the lists a province keeps, found by their header in Vietnamese (as the lists name
 * them) or by the API's field name; the order of columns in the file does not matter. A file is one
 * list: an enterprise list (the business registry's extract), or a list of the Party organizations
 * in enterprises (the Organization Committee's own), told apart by its columns.
 */
enum ImportColumn {
    TAX_CODE("Mã số thuế", "taxCode", true, EnumSet.allOf(ListKind.class)),
    NAME("Tên doanh nghiệp", "name", true, EnumSet.of(ListKind.ENTERPRISES)),
    ADDRESS("Địa chỉ", "address", true, EnumSet.of(ListKind.ENTERPRISES)),
    COMMUNE("Xã/phường", "communeUnitId", true, EnumSet.of(ListKind.ENTERPRISES)),
    ZONE("Khu/cụm công nghiệp", "zone", false, EnumSet.of(ListKind.ENTERPRISES)),
    OWNERSHIP("Loại hình", "ownership", true, EnumSet.of(ListKind.ENTERPRISES)),
    WORKERS("Số lao động", "workers", true, EnumSet.of(ListKind.ENTERPRISES)),
    STATUS("Tình trạng", "status", false, EnumSet.of(ListKind.ENTERPRISES)),
    ORGANIZATION_NAME("Tên tổ chức đảng", "organizationName", true, EnumSet.of(ListKind.PARTY_ORGANIZATIONS)),
    KIND("Loại tổ chức đảng", "kind", true, EnumSet.of(ListKind.PARTY_ORGANIZATIONS)),
    SUPERIOR("Cấp ủy cấp trên trực tiếp", "superiorCommitteeUnitId", true, EnumSet.of(ListKind.PARTY_ORGANIZATIONS)),
    OFFICIAL_MEMBERS("Đảng viên chính thức", "officialMembers", true, EnumSet.of(ListKind.PARTY_ORGANIZATIONS)),
    PROBATIONARY_MEMBERS("Đảng viên dự bị", "probationaryMembers", true, EnumSet.of(ListKind.PARTY_ORGANIZATIONS)),
    SINCE("Ngày thành lập", "since", true, EnumSet.of(ListKind.PARTY_ORGANIZATIONS)),
    EFFECTIVE_ON("Ngày hiệu lực", "effectiveOn", false, EnumSet.allOf(ListKind.class)),
    /** Read by a history migration ({@link HistoryMigration}) only; an ordinary import ignores it. */
    RECORDED_ORIGINALLY_ON("Ngày ghi nhận gốc", "recordedOriginallyOn", false, EnumSet.allOf(ListKind.class));

    /** What one file lists. */
    enum ListKind { ENTERPRISES, PARTY_ORGANIZATIONS }

    final String header;
    final String field;
    final boolean required;
    final Set<ListKind> lists;

    ImportColumn(String header, String field, boolean required, Set<ListKind> lists) {
        this.header = header;
        this.field = field;
        this.required = required;
        this.lists = lists;
    }

    /** The column a header cell names, ignoring case, blanks and the Unicode form of its accents. */
    static Optional<ImportColumn> named(String header) {
        String wanted = key(header);
        return Arrays.stream(values())
                .filter(column -> key(column.header).equals(wanted) || key(column.field).equals(wanted))
                .findFirst();
    }

    /** A list of Party organizations names its kind or its name; anything else is an enterprise list. */
    static ListKind listOf(Set<ImportColumn> columns) {
        return columns.contains(KIND) || columns.contains(ORGANIZATION_NAME) ? ListKind.PARTY_ORGANIZATIONS
                : ListKind.ENTERPRISES;
    }

    static String key(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
