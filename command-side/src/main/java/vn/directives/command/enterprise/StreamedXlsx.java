package vn.directives.command.enterprise;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The first sheet of an XLSX read as it streams (SAX over the sheet's XML), not as POI's object
 * model: that model takes about a kilobyte of heap per cell, and a list of 50,000 rows has half a
 * million. What the sheet says is kept as the rules need it: a formula cell is marked (its value is
 * whatever the last program computed), a date-formatted number becomes an ISO date, other numbers
 * their plain decimal text, and whether any cells are merged.
 */
final class StreamedXlsx {

    /** The sheet's cells row by row (row 1 first; missing rows empty), and whether it merges cells. */
    record Sheet(List<List<ImportFile.Cell0>> rows, boolean merged) {
    }

    private StreamedXlsx() {
    }

    static Sheet read(byte[] bytes) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return new Sheet(List.of(), false);
            }
            Handler handler = new Handler(strings, styles);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
            }
            return new Sheet(handler.rows, handler.merged);
        }
    }

    private static final class Handler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        final List<List<ImportFile.Cell0>> rows = new ArrayList<>();
        boolean merged;
        private List<ImportFile.Cell0> row;
        private int column;
        private String type;
        private String style;
        private boolean formula;
        private boolean inValue;
        private boolean inInlineText;
        private final StringBuilder value = new StringBuilder();

        Handler(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    int number = r == null ? rows.size() + 1 : Integer.parseInt(r);
                    while (rows.size() < number - 1) {
                        rows.add(List.of());
                    }
                    row = new ArrayList<>();
                    rows.add(row);
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? row.size() : columnOf(ref);
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    value.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> inValue = true;
                case "t" -> inInlineText = "inlineStr".equals(type);
                case "mergeCell" -> merged = true;
                default -> {
                    // other elements (columns, sheet views, formats) say nothing about the values
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "c" -> {
                    while (row.size() < column) {
                        row.add(new ImportFile.Cell0("", null));
                    }
                    row.add(formula ? new ImportFile.Cell0("", "formula") : new ImportFile.Cell0(text(), null));
                }
                default -> {
                    // nothing to close
                }
            }
        }

        private String text() {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? "" : number(raw);
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> String.valueOf("1".equals(raw.strip()));
                case "e" -> "";
                default -> raw; // inlineStr, str, d
            };
        }

        /** A number as the old reader told it: a date-formatted one as an ISO date, others as plain decimals. */
        private String number(String raw) {
            double number = Double.parseDouble(raw);
            if (style != null && styles != null) {
                XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
                if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(),
                        cellStyle.getDataFormatString()) && DateUtil.isValidExcelDate(number)) {
                    return DateUtil.getLocalDateTime(number).toLocalDate().toString();
                }
            }
            return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
        }

        /** The zero-based column of a cell reference ("B12" → 1). */
        private static int columnOf(String ref) {
            int column = 0;
            for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }
    }
}
