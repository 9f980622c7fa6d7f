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
 * list, told apart by its columns: an enterprise list (the business registry's extract), a list of
 * the Party organizations in enterprises (the Organization Committee's own), of their trade unions,
 * Youth Union branches, Women's Union and Veterans' Association branches, of those dissolved, of
 * enterprises ceased, or of Party members.
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
    SOCIO_POLITICAL_KIND("Tổ chức chính trị - xã hội", "socioPoliticalOrganization", true,
            EnumSet.of(ListKind.SOCIO_POLITICAL_ORGANIZATIONS, ListKind.SOCIO_POLITICAL_DISSOLUTIONS)),
    MEMBERS("Số thành viên", "members", true, EnumSet.of(ListKind.SOCIO_POLITICAL_ORGANIZATIONS)),
    SINCE("Ngày thành lập", "since", true,
            EnumSet.of(ListKind.PARTY_ORGANIZATIONS, ListKind.SOCIO_POLITICAL_ORGANIZATIONS)),
    CEASED_ON("Ngày chấm dứt hoạt động", "ceasedOn", true, EnumSet.of(ListKind.CESSATIONS)),
    REASON("Lý do chấm dứt", "reason", true, EnumSet.of(ListKind.CESSATIONS)),
    DISSOLVED_ON("Ngày giải thể", "dissolvedOn", true, EnumSet.of(ListKind.SOCIO_POLITICAL_DISSOLUTIONS)),
    DISSOLUTION_REASON("Lý do giải thể", "dissolutionReason", true,
            EnumSet.of(ListKind.SOCIO_POLITICAL_DISSOLUTIONS)),
    FULL_NAME("Họ và tên", "fullName", true, EnumSet.of(ListKind.PARTY_MEMBERS)),
    BIRTH_DATE("Ngày sinh", "birthDate", true, EnumSet.of(ListKind.PARTY_MEMBERS)),
    PARTY_CARD_NUMBER("Số thẻ đảng viên", "partyCardNumber", true, EnumSet.of(ListKind.PARTY_MEMBERS)),
    CITIZEN_ID("Số căn cước công dân", "citizenId", true, EnumSet.of(ListKind.PARTY_MEMBERS)),
    /** Blank: the enterprise's Party organization; else the residence committee (a unit id or name). */
    REGISTERED_AT("Nơi sinh hoạt đảng", "registeredAt", false, EnumSet.of(ListKind.PARTY_MEMBERS)),
    MEMBER_STATUS("Trạng thái đảng viên", "memberStatus", true, EnumSet.of(ListKind.PARTY_MEMBERS)),
    ADMITTED_ON("Ngày kết nạp", "admittedOn", true, EnumSet.of(ListKind.PARTY_MEMBERS)),
    RECOGNIZED_ON("Ngày công nhận chính thức", "recognizedOn", false, EnumSet.of(ListKind.PARTY_MEMBERS)),
    CATEGORY("Đối tượng", "category", false, EnumSet.of(ListKind.PARTY_MEMBERS)),
    EFFECTIVE_ON("Ngày hiệu lực", "effectiveOn", false, EnumSet.allOf(ListKind.class)),
    /** Read by a history migration ({@link HistoryMigration}) only; an ordinary import ignores it. */
    RECORDED_ORIGINALLY_ON("Ngày ghi nhận gốc", "recordedOriginallyOn", false, EnumSet.allOf(ListKind.class));

    /** What one file lists. */
    enum ListKind { ENTERPRISES, PARTY_ORGANIZATIONS, SOCIO_POLITICAL_ORGANIZATIONS, CESSATIONS,
        SOCIO_POLITICAL_DISSOLUTIONS, PARTY_MEMBERS }

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

    /**
     * A list of Party members names their Party card numbers, citizen IDs or names; a list of Party
     * organizations names their kind or name; a list of dissolutions of socio-political organizations
     * names the day or the reason of the dissolution; a list of socio-political organizations names
     * theirs or their members; a list of cessations names the day or the reason; anything else is an
     * enterprise list.
     */
    static ListKind listOf(Set<ImportColumn> columns) {
        if (columns.contains(PARTY_CARD_NUMBER) || columns.contains(CITIZEN_ID) || columns.contains(FULL_NAME)) {
            return ListKind.PARTY_MEMBERS;
        }
        if (columns.contains(KIND) || columns.contains(ORGANIZATION_NAME)) {
            return ListKind.PARTY_ORGANIZATIONS;
        }
        if (columns.contains(DISSOLVED_ON) || columns.contains(DISSOLUTION_REASON)) {
            return ListKind.SOCIO_POLITICAL_DISSOLUTIONS;
        }
        if (columns.contains(SOCIO_POLITICAL_KIND) || columns.contains(MEMBERS)) {
            return ListKind.SOCIO_POLITICAL_ORGANIZATIONS;
        }
        return columns.contains(CEASED_ON) || columns.contains(REASON) ? ListKind.CESSATIONS : ListKind.ENTERPRISES;
    }

    /**
     * How a header or a word of a list is compared: accents in one Unicode form, case and runs of
     * blanks ignored, and any dash with the blanks around it read as one hyphen ("chính trị – xã hội",
     * as word processors turn it, is "chính trị - xã hội").
     */
    static String key(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip()
                .replaceAll("\\s*[-\u2010-\u2015\u2212]\\s*", "-")
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
