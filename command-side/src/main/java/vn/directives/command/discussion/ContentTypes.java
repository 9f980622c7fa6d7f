package vn.directives.command.discussion;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Judges a file's type from its first bytes (and, for the Office formats, from the names in its ZIP
 * directory), never from its name: PDF, DOCX, XLSX, PNG, JPEG, GIF and WebP are accepted; anything
 * else, an executable renamed {@code .pdf} included, is not. The ZIP directory is read where the
 * format keeps it (at the end), so nothing is decompressed and a ZIP bomb costs nothing.
 */
final class ContentTypes {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;
    /** The end-of-directory record is 22 bytes, followed by a comment of at most 65,535. */
    private static final int END_SEARCH = 22 + 65_535;

    private ContentTypes() {
    }

    static Optional<String> judge(byte[] bytes) {
        if (startsWith(bytes, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, 0, new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, 0, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
            return Optional.of("image/gif");
        }
        if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
            return Optional.of("image/webp");
        }
        if (startsWith(bytes, 0, new byte[]{'P', 'K', 3, 4})) {
            return office(zipEntryNames(bytes));
        }
        return Optional.empty();
    }

    /** An Office Open XML package names its parts: word/document.xml or xl/workbook.xml. */
    private static Optional<String> office(Set<String> names) {
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    /** The names in the ZIP central directory; empty when it cannot be found or read. */
    static Set<String> zipEntryNames(byte[] bytes) {
        ByteBuffer zip = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        for (int at = bytes.length - 22; at >= Math.max(0, bytes.length - END_SEARCH); at--) {
            if (zip.getInt(at) == END_OF_DIRECTORY) {
                end = at;
                break;
            }
        }
        Set<String> names = new HashSet<>();
        if (end < 0) {
            return names;
        }
        int entries = Short.toUnsignedInt(zip.getShort(end + 10));
        long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < entries && at >= 0 && at + 46 <= bytes.length; i++) {
            if (zip.getInt(at) != DIRECTORY_ENTRY) {
                break;
            }
            int nameLength = Short.toUnsignedInt(zip.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(zip.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(zip.getShort(at + 32));
            if (at + 46 + nameLength > bytes.length) {
                break;
            }
            names.add(new String(bytes, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
