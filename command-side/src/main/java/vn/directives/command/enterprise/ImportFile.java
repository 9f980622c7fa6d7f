package vn.directives.command.enterprise;

import vn.directives.platform.web.RequestRefused;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a list, XLSX (first sheet) or CSV (UTF-8, comma or semicolon), into rows of texts by
 * column. The header row names the columns, and so which list the file is ({@link ImportColumn}). What cannot be read faithfully is refused, the
 * whole file or the row: merged cells (which row a value belongs to is a guess), formulas (their
 * value is whatever the last program computed), and text in a legacy Vietnamese encoding.
 */
final class ImportFile {

    /** Rows of one file at most: a province's whole registry fits; beyond, the file is refused unread. */
    static final int MAX_ROWS = 200_000;
    private static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0};

    private ImportFile() {
    }

    /** A file as read: every cell's text, row by row as the sheet numbers them (header first), and its rows. */
    record Parsed(List<List<String>> table, List<RawRow> rows) {
    }

    static List<RawRow> read(byte[] bytes) {
        return parse(bytes).rows();
    }

    static Parsed parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw refused("empty-file", "Tệp rỗng.", "The file is empty.");
        }
        if (startsWith(bytes, OLE2)) {
            throw refused("xls-not-supported", "Không nhận tệp .xls (Excel 97-2003); hãy lưu thành .xlsx hoặc CSV.",
                    "Excel 97-2003 (.xls) files are not accepted; save as .xlsx or CSV.");
        }
        List<List<Cell0>> table = startsWith(bytes, ZIP) ? xlsx(bytes) : csv(bytes);
        if (table.size() > MAX_ROWS + 1) {
            throw refused("too-many-rows", "Mỗi lần nhập tối đa " + String.format(Locale.ROOT, "%,d", MAX_ROWS)
                            .replace(',', '.') + " dòng; hãy chia tệp.", "At most "
                            + String.format(Locale.ROOT, "%,d", MAX_ROWS) + " rows per import; split the file.");
        }
        if (table.isEmpty()) {
            throw refused("no-header", "Tệp không có dòng tiêu đề.", "The file has no header row.");
        }
        Map<Integer, ImportColumn> columns = header(table.get(0));
        ImportColumn.ListKind list = ImportColumn.listOf(java.util.Set.copyOf(columns.values()));
        List<RawRow> rows = new ArrayList<>();
        for (int i = 1; i < table.size(); i++) {
            RawRow row = row(i + 1, list, table.get(i), columns);
            if (!row.values().values().stream().allMatch(String::isBlank) || !row.problems().isEmpty()) {
                rows.add(row);
            }
        }
        return new Parsed(table.stream().map(cells -> cells.stream().map(Cell0::text).toList()).toList(), rows);
    }

    /** A cell as read: its text, or the problem that kept it from being read. */
    record Cell0(String text, String rule) {
    }

    private static Map<Integer, ImportColumn> header(List<Cell0> cells) {
        Map<Integer, ImportColumn> columns = new HashMap<>();
        Map<ImportColumn, Integer> seen = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            int index = i;
            ImportColumn.named(cells.get(i).text()).ifPresent(column -> {
                if (seen.put(column, index) != null) {
                    throw refused("duplicate-column", "Cột '" + column.header + "' xuất hiện hai lần.",
                            "Column '" + column.header + "' appears twice.");
                }
                columns.put(index, column);
            });
        }
        List<String> missing = new ArrayList<>();
        ImportColumn.ListKind list = ImportColumn.listOf(seen.keySet());
        for (ImportColumn column : ImportColumn.values()) {
            if (column.required && column.lists.contains(list) && !seen.containsKey(column)) {
                missing.add(column.header);
            }
        }
        if (!missing.isEmpty()) {
            throw refused("missing-column", "Thiếu cột: " + String.join(", ", missing) + ".",
                    "Missing columns: " + String.join(", ", missing) + ".");
        }
        return columns;
    }

    private static RawRow row(int number, ImportColumn.ListKind list, List<Cell0> cells,
                              Map<Integer, ImportColumn> columns) {
        Map<ImportColumn, String> values = new EnumMap<>(ImportColumn.class);
        List<RowProblem> problems = new ArrayList<>();
        columns.forEach((index, column) -> {
            Cell0 cell = index < cells.size() ? cells.get(index) : new Cell0("", null);
            if ("formula".equals(cell.rule())) {
                problems.add(RowProblem.of(number, column, "formula",
                        "Ô chứa công thức; hãy dán giá trị thay cho công thức.",
                        "The cell holds a formula; paste its value instead."));
                values.put(column, "");
                return;
            }
            String text = Normalizer.normalize(cell.text(), Normalizer.Form.NFC);
            if (LegacyEncoding.suspected(text)) {
                problems.add(RowProblem.of(number, column, "legacy-encoding",
                        "Văn bản có vẻ gõ bằng bảng mã cũ (TCVN3/VNI); hãy chuyển sang Unicode.",
                        "The text looks typed in a legacy encoding (TCVN3/VNI); convert it to Unicode."));
            }
            values.put(column, text);
        });
        return new RawRow(number, list, values, problems);
    }

    private static List<List<Cell0>> xlsx(byte[] bytes) {
        StreamedXlsx.Sheet sheet;
        try {
            sheet = StreamedXlsx.read(bytes);
        } catch (Exception e) {
            throw refused("unreadable-xlsx", "Không đọc được tệp XLSX.", "The XLSX file cannot be read.");
        }
        if (sheet.merged()) {
            throw refused("merged-cells", "Bảng tính có ô gộp; hãy bỏ gộp ô và điền giá trị cho từng dòng.",
                    "The sheet has merged cells; unmerge them and fill in every row.");
        }
        return sheet.rows();
    }

    private static List<List<Cell0>> csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused("not-unicode", "Tệp CSV không phải UTF-8 (Unicode); tệp TCVN3/VNI cần chuyển sang Unicode.",
                    "The CSV file is not UTF-8 (Unicode); convert TCVN3/VNI files to Unicode first.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLine = text.indexOf('\n');
        String header = firstLine < 0 ? text : text.substring(0, firstLine);
        char separator = header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        return Csv.parse(text, separator).stream()
                .map(row -> row.stream().map(value -> new Cell0(value, null)).toList())
                .toList();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static RequestRefused refused(String rule, String messageVi, String messageEn) {
        return RequestRefused.invalid("file", rule, messageVi, messageEn);
    }
}
