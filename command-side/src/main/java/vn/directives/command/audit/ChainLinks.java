package vn.directives.command.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How a link of the event chain is computed: SHA-256 of the previous link and the stored bytes of
 * the event at that position (global index, identifier, aggregate, sequence, type, timestamp,
 * payload type and revision, payload, metadata), each length-prefixed so that no two different
 * rows produce the same input; or, for a position no event holds, of the previous link and
 * the position alone.
 */
final class ChainLinks {

    /** The link before the first position. */
    static final byte[] GENESIS = new byte[32];

    /** The event columns a link covers, in the order they are hashed. */
    static final String EVENT_COLUMNS = "e.global_index, e.event_identifier, e.aggregate_identifier, "
            + "e.sequence_number, e.type, e.time_stamp, e.payload_type, e.payload_revision, e.payload, e.meta_data";

    private ChainLinks() {
    }

    /** The link of the event in the current row of a result set selecting {@link #EVENT_COLUMNS}. */
    static byte[] ofEvent(byte[] previous, ResultSet row) throws SQLException {
        MessageDigest digest = sha256();
        digest.update(previous);
        digest.update((byte) 1);
        digest.update(ByteBuffer.allocate(8).putLong(row.getLong("global_index")).array());
        field(digest, text(row.getString("event_identifier")));
        field(digest, text(row.getString("aggregate_identifier")));
        digest.update(ByteBuffer.allocate(8).putLong(row.getLong("sequence_number")).array());
        field(digest, text(row.getString("type")));
        field(digest, text(row.getString("time_stamp")));
        field(digest, text(row.getString("payload_type")));
        field(digest, text(row.getString("payload_revision")));
        field(digest, row.getBytes("payload"));
        field(digest, row.getBytes("meta_data"));
        return digest.digest();
    }

    /** The link of a position no event holds (its index was taken by a transaction that rolled back). */
    static byte[] ofHole(byte[] previous, long position) {
        MessageDigest digest = sha256();
        digest.update(previous);
        digest.update((byte) 0);
        digest.update(ByteBuffer.allocate(8).putLong(position).array());
        return digest.digest();
    }

    private static void field(MessageDigest digest, byte[] value) {
        if (value == null) {
            digest.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        digest.update(ByteBuffer.allocate(4).putInt(value.length).array());
        digest.update(value);
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
