package vn.directives.command.audit;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Walks the event store and the chain together in global order, recomputing every link from the
 * stored bytes, and reports the first position where they disagree: an event altered, deleted,
 * or present where the chain recorded none; a chain entry missing or altered; an anchor (recorded
 * here, or kept outside and given by the caller) that the recomputed chain does not match, or
 * that lies beyond its end (the chain was truncated).
 * Events stored after the head of the chain are counted as not yet chained.
 */
@Component
class ChainVerification {

    /** A little over the walk's statement timeout (30 min). */
    static final int WALK_NETWORK_TIMEOUT_MILLIS = 31 * 60 * 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ChainVerification(DataSource dataSource, TransactionTemplate transaction) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1_000);
        this.transaction = transaction;
    }

    /** The result: {@code firstBroken} is null when the chain holds. */
    record Report(boolean intact, long chainedUpTo, long eventsVerified, long emptyPositions, long notYetChained,
                  int anchorsChecked, Broken firstBroken) {
    }

    /** Where and how the chain first breaks; {@code problem} is a stable name, the messages are for people. */
    record Broken(long position, String problem, String message, String message_en) {
    }

    Report verify(Long externalPosition, byte[] externalLink) {
        return transaction.execute(status -> {
            // a full walk may take longer than a command's statement timeout
            jdbc.execute("SET LOCAL statement_timeout = '30min'");
            // and the connection waits as long for the server's rows (its socket timeout is meant for
            // commands); the pool sets the connection's own timeout back when it is returned
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                connection.setNetworkTimeout(Runnable::run, WALK_NETWORK_TIMEOUT_MILLIS);
                return null;
            });
            Map<Long, byte[]> anchors = new HashMap<>();
            jdbc.query("SELECT position, link FROM events.chain_anchor",
                    rs -> { anchors.put(rs.getLong(1), rs.getBytes(2)); });
            if (externalPosition != null) {
                anchors.put(externalPosition, externalLink);
            }
            Long headValue = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM events.event_chain",
                    Long.class);
            long head = headValue == null ? 0 : headValue;
            Walk walk = new Walk(anchors);
            jdbc.query("SELECT c.global_index AS chained_index, c.event_present, c.link, "
                    + ChainLinks.EVENT_COLUMNS + " FROM events.event_chain c"
                    + " FULL JOIN events.domain_event_entry e ON e.global_index = c.global_index"
                    + " WHERE c.global_index IS NOT NULL OR e.global_index <= ?"
                    + " ORDER BY coalesce(c.global_index, e.global_index)", rs -> {
                if (walk.broken != null) {
                    return;
                }
                long chained = rs.getLong("chained_index");
                boolean inChain = !rs.wasNull();
                long stored = rs.getLong("global_index");
                boolean inStore = !rs.wasNull();
                walk.step(inChain ? chained : stored, inChain, inChain && rs.getBoolean("event_present"),
                        inStore, rs.getBytes("link"), inStore ? ChainLinks.ofEvent(walk.previous, rs) : null);
            }, head);
            if (walk.broken == null && walk.position < head) {
                walk.fail(walk.position + 1, "chain-entry-missing", "Thiếu mắt xích tại vị trí này.",
                        "The chain has no link at this position.");
            }
            if (walk.broken == null) {
                // An anchor beyond the chain's head was taken of a longer chain: the chain (and the
                // events it covered) lost its end since, which is tampering, not a verified whole.
                anchors.keySet().stream().filter(at -> at > walk.position).min(Long::compare).ifPresent(at -> {
                    walk.anchorsChecked++;
                    walk.fail(at, "chain-truncated",
                            "Chuỗi kết thúc tại vị trí " + walk.position + " nhưng có mốc neo tại vị trí " + at
                                    + ": chuỗi đã bị cắt bớt.",
                            "The chain ends at position " + walk.position + " but an anchor names position " + at
                                    + ": the chain was truncated.");
                });
            }
            Long pending = jdbc.queryForObject("SELECT count(*) FROM events.domain_event_entry WHERE global_index > ?",
                    Long.class, head);
            return new Report(walk.broken == null, head, walk.events, walk.holes, pending == null ? 0 : pending,
                    walk.anchorsChecked, walk.broken);
        });
    }

    /** The state of a walk along the chain. */
    private static final class Walk {

        private final Map<Long, byte[]> anchors;
        private byte[] previous = ChainLinks.GENESIS;
        private long position;
        private long events;
        private long holes;
        private int anchorsChecked;
        private Broken broken;

        Walk(Map<Long, byte[]> anchors) {
            this.anchors = anchors;
        }

        void step(long at, boolean inChain, boolean chainSaysEvent, boolean inStore, byte[] recorded,
                  byte[] eventLink) {
            if (at != position + 1) {
                fail(position + 1, "chain-entry-missing", "Thiếu mắt xích tại vị trí này.",
                        "The chain has no link at this position.");
                return;
            }
            position = at;
            if (!inChain) {
                fail(at, "event-inserted", "Có sự kiện không nằm trong chuỗi (được chèn vào sau).",
                        "An event the chain does not cover (inserted afterwards).");
                return;
            }
            if (chainSaysEvent && !inStore) {
                fail(at, "event-deleted", "Sự kiện tại vị trí này đã bị xóa.", "The event at this position was deleted.");
                return;
            }
            if (!chainSaysEvent && inStore) {
                fail(at, "event-inserted", "Có sự kiện ở vị trí mà chuỗi ghi nhận là trống (được chèn vào sau).",
                        "An event where the chain recorded none (inserted afterwards).");
                return;
            }
            byte[] link = inStore ? eventLink : ChainLinks.ofHole(previous, at);
            if (!Arrays.equals(link, recorded)) {
                fail(at, inStore ? "event-altered" : "chain-altered",
                        inStore ? "Nội dung sự kiện đã bị sửa." : "Mắt xích của chuỗi đã bị sửa.",
                        inStore ? "The stored event was altered." : "The chain's link was altered.");
                return;
            }
            byte[] anchor = anchors.get(at);
            if (anchor != null) {
                anchorsChecked++;
                if (!Arrays.equals(anchor, link)) {
                    fail(at, "anchor-mismatch", "Chuỗi không khớp mốc neo " + HexFormat.of().formatHex(anchor) + ".",
                            "The chain does not match the anchor " + HexFormat.of().formatHex(anchor) + ".");
                    return;
                }
            }
            if (inStore) {
                events++;
            } else {
                holes++;
            }
            previous = link;
        }

        void fail(long at, String problem, String vi, String en) {
            broken = new Broken(at, problem, vi, en);
        }
    }
}
