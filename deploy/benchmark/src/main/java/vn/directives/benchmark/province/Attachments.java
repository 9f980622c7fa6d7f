package vn.directives.benchmark.province;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

/**
 * The documents attached to tasks: small files (10–80 kB), mostly PDF scans, some DOCX, whose
 * bytes are derived from the attachment's id, so that the generator (for the event's size and
 * SHA-256) and the writer (for the stored bytes) make the same file without keeping it in memory.
 */
final class Attachments {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String[] NAMES = {"Bao-cao-ket-qua", "Ke-hoach-trien-khai", "Bien-ban-lam-viec",
            "Cong-van-de-nghi", "Danh-sach-doanh-nghiep", "Quyet-dinh"};

    /** What the event says of a file. */
    record File(String attachmentId, String fileName, String mediaType, long sizeBytes, String sha256) {
    }

    private Attachments() {
    }

    static File generate(Random random) {
        String id = Ids.uuid(random);
        boolean pdf = random.nextInt(5) != 0;
        String mediaType = pdf ? PDF : DOCX;
        int size = 10_000 + random.nextInt(70_000);
        String name = NAMES[random.nextInt(NAMES.length)] + "-" + (1 + random.nextInt(200)) + (pdf ? ".pdf" : ".docx");
        return new File(id, name, mediaType, size, sha256(content(id, mediaType, size)));
    }

    /** The file's bytes: the format's signature (what the command side judges the type from), then filler. */
    static byte[] content(String attachmentId, String mediaType, long size) {
        byte[] bytes = new byte[(int) size];
        new Random(attachmentId.hashCode()).nextBytes(bytes);
        byte[] signature = PDF.equals(mediaType) ? "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)
                : new byte[]{'P', 'K', 3, 4};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
