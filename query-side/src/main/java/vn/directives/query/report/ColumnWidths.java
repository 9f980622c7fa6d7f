package vn.directives.query.report;

import java.util.List;

/**
 * Column widths of a document table, in twentieths of a point, so that numbers and dates never
 * break across lines: a column of numbers, percentages or dates is as wide as its longest value
 * (or the longest word of its header); text columns share the rest in proportion to their text.
 */
final class ColumnWidths {

    /** A4 upright less the margins of Party documents (30 mm left, 15 mm right). */
    static final int PORTRAIT = 11906 - 1701 - 850;
    /** A4 on its side, for the appendix's wide table. */
    static final int LANDSCAPE = 16838 - 1701 - 850;
    /** Widths of a character of 11 pt Times New Roman, generously: a letter (bold, with diacritics) and a digit. */
    private static final int LETTER = 125;
    private static final int DIGIT = 120;
    /** The cell's left and right margins, and a little air. */
    private static final int PADDING = 260;

    private ColumnWidths() {
    }

    static int[] of(ReportTable table, int pageWidth) {
        int columns = table.headers().size();
        int[] widths = new int[columns];
        int[] weights = new int[columns];
        int fixed = 0;
        for (int c = 0; c < columns; c++) {
            int headerWord = longestWord(table.headers().get(c)) * LETTER;
            if (textColumn(table, c)) {
                weights[c] = Math.min(40, Math.max(8, longestValue(table, c)));
                widths[c] = Math.max(headerWord, longestWordOfValues(table, c) * LETTER) + PADDING;
            } else {
                widths[c] = Math.max(headerWord, longestValue(table, c) * DIGIT) + PADDING;
                fixed += widths[c];
            }
        }
        int totalWeight = 0;
        for (int weight : weights) {
            totalWeight += weight;
        }
        int rest = pageWidth - fixed;
        for (int c = 0; c < columns; c++) {
            if (weights[c] > 0) {
                widths[c] = Math.max(widths[c], rest * weights[c] / totalWeight);
            }
        }
        return scaledTo(widths, pageWidth);
    }

    /** Stretched or, when the minimum widths overflow the page, shrunk to the page's width. */
    private static int[] scaledTo(int[] widths, int pageWidth) {
        long sum = 0;
        for (int width : widths) {
            sum += width;
        }
        int[] scaled = new int[widths.length];
        for (int c = 0; c < widths.length; c++) {
            scaled[c] = (int) (widths[c] * (long) pageWidth / sum);
        }
        return scaled;
    }

    private static boolean textColumn(ReportTable table, int column) {
        List<List<Object>> rows = table.rows();
        return rows.isEmpty() || rows.stream().anyMatch(row -> row.get(column) instanceof String text && !text.isEmpty());
    }

    private static int longestValue(ReportTable table, int column) {
        return table.rows().stream().mapToInt(row -> Numbers.text(row.get(column)).length()).max().orElse(0);
    }

    private static int longestWordOfValues(ReportTable table, int column) {
        return table.rows().stream().mapToInt(row -> longestWord(Numbers.text(row.get(column)))).max().orElse(0);
    }

    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("[\\s/]+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }
}
