package vn.directives.command.discussion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import vn.directives.command.task.Document;
import vn.directives.platform.web.RequestRefused;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Checks an uploaded file where it arrives, before any command: not empty, not over the size
 * limit (413), of an accepted type judged from its content, and, when the uploader declared its
 * SHA-256, with bytes that match it. What it refuses names the part at fault; it never quotes the
 * file's name or bytes.
 */
@Component
class DocumentInspection {

    static final int MAX_NAME_LENGTH = 255;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern UNPRINTABLE = Pattern.compile("[\\p{Cntrl}\\p{Cf}]");

    private final DataSize maxSize;

    DocumentInspection(@Value("${directives.attachments.max-size:20MB}") DataSize maxSize) {
        this.maxSize = maxSize;
    }

    Document inspect(MultipartFile file, String declaredSha256) {
        if (file.isEmpty()) {
            throw RequestRefused.invalid("file", "empty-file", "Tệp đính kèm rỗng.", "The attached file is empty.");
        }
        if (file.getSize() > maxSize.toBytes()) {
            throw tooLarge(maxSize);
        }
        if (declaredSha256 != null && !SHA256.matcher(declaredSha256).matches()) {
            throw RequestRefused.invalid("sha256", "sha256-format",
                    "Mã băm SHA-256 phải gồm 64 chữ số thập lục phân.", "The SHA-256 must be 64 hexadecimal digits.");
        }
        String name = fileName(file.getOriginalFilename());
        byte[] bytes = bytes(file);
        String type = ContentTypes.judge(bytes).orElseThrow(() -> RequestRefused.invalid("file", "type-not-accepted",
                "Chỉ nhận tệp PDF, DOCX, XLSX hoặc ảnh (PNG, JPEG, GIF, WebP); loại tệp được xác định theo nội dung, "
                        + "không theo tên tệp.",
                "Only PDF, DOCX, XLSX or image files (PNG, JPEG, GIF, WebP) are accepted; the type is judged from "
                        + "the content, not the file name."));
        String sha256 = sha256(bytes);
        if (declaredSha256 != null && !declaredSha256.equalsIgnoreCase(sha256)) {
            throw RequestRefused.invalid("sha256", "hash-mismatch",
                    "Nội dung tệp không khớp với mã băm SHA-256 đã khai báo; tệp có thể bị hỏng khi gửi.",
                    "The file's bytes do not match the declared SHA-256; it may have been damaged on the way.");
        }
        return new Document(UUID.randomUUID().toString(), name, type, sha256, bytes);
    }

    static RequestRefused tooLarge(DataSize limit) {
        long megabytes = limit.toMegabytes();
        return new RequestRefused(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "file",
                "Tệp đính kèm vượt quá giới hạn " + megabytes + " MB.",
                "The attached file is over the limit of " + megabytes + " MB.").with("maxBytes", limit.toBytes());
    }

    /** The name as uploaded, without any folder a browser may have sent and without control characters. */
    private static String fileName(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = UNPRINTABLE.matcher(name).replaceAll("").strip();
        if (name.isEmpty()) {
            throw RequestRefused.invalid("file", "file-name-required", "Tệp đính kèm phải có tên.",
                    "The attached file must have a name.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw RequestRefused.invalid("file", "file-name-too-long",
                    "Tên tệp dài tối đa " + MAX_NAME_LENGTH + " ký tự.",
                    "The file name may have " + MAX_NAME_LENGTH + " characters at most.");
        }
        return name;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded part could not be read", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
