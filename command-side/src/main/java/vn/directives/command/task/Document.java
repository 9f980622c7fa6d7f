package vn.directives.command.task;

import java.util.Objects;

/**
 * A received file whose type was judged from its content and whose SHA-256 (lower-case hex) was
 * computed from its bytes. Its name and bytes are the uploader's: {@link #toString} shows neither,
 * so that no log line can carry them.
 */
public record Document(String attachmentId, String fileName, String mediaType, String sha256, byte[] content) {

    public Document {
        Objects.requireNonNull(attachmentId, "attachmentId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
    }

    public long size() {
        return content.length;
    }

    @Override
    public String toString() {
        return "Document[" + attachmentId + ", " + mediaType + ", " + content.length + " bytes]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Document that && attachmentId.equals(that.attachmentId) && sha256.equals(that.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(attachmentId, sha256);
    }
}
