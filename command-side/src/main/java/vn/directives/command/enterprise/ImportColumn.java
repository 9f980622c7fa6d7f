package vn.directives.command.enterprise;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an enterprise list, found by their header in Vietnamese (as a province's lists
 * name them) or by the API's field name; the order of columns in the file does not matter.
 */
enum ImportColumn {
    TAX_CODE("Mã số thuế", "taxCode", true),
    NAME("Tên doanh nghiệp", "name", true),
    ADDRESS("Địa chỉ", "address", true),
    COMMUNE("Xã/phường", "communeUnitId", true),
    ZONE("Khu/cụm công nghiệp", "zone", false),
    OWNERSHIP("Loại hình", "ownership", true),
    WORKERS("Số lao động", "workers", true),
    STATUS("Tình trạng", "status", false),
    EFFECTIVE_ON("Ngày hiệu lực", "effectiveOn", false);

    final String header;
    final String field;
    final boolean required;

    ImportColumn(String header, String field, boolean required) {
        this.header = header;
        this.field = field;
        this.required = required;
    }

    /** The column a header cell names, ignoring case, blanks and the Unicode form of its accents. */
    static Optional<ImportColumn> named(String header) {
        String wanted = key(header);
        return Arrays.stream(values())
                .filter(column -> key(column.header).equals(wanted) || key(column.field).equals(wanted))
                .findFirst();
    }

    static String key(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
