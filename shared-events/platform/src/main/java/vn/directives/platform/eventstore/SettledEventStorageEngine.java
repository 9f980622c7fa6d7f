package vn.directives.platform.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.TreeSet;
import java.util.stream.LongStream;

/**
 * Axon's JDBC storage engine, reading tracked events as Axon does (the same entries, the same
 * gap-aware tokens) but parsing each stored timestamp once, quickly.
 * <p>
 * Axon's engine parses the stored {@code time_stamp} text of every tracked event to decide whether
 * gaps before it may still fill (its gap timeout), and the event's message parses the same text
 * again for its timestamp, in every processor that reads the event: that was about 7% of the query
 * side's CPU while replaying (docs/event-store.md). Here the text is parsed once per read event
 * ({@link #parseTimestamp}, with Axon's own parser for any text not in the form Axon writes) and the
 * entry keeps the instant. The token logic is Axon's 4.13 {@code getTrackedEventData}; its settings
 * (lowest global index, gap offset and timeout) are private there, so they are given here too.
 * An event read below its token's index (a gap filled) is noted in {@link OutOfOrderDeliveries}.
 */
final class SettledEventStorageEngine extends JdbcEventStorageEngine {

    private final long lowestGlobalSequence;
    private final int maxGapOffset;
    private final long gapTimeoutMillis;
    private final OutOfOrderDeliveries outOfOrder;

    SettledEventStorageEngine(Builder builder, long lowestGlobalSequence, int maxGapOffset, long gapTimeoutMillis,
                              OutOfOrderDeliveries outOfOrder) {
        super(builder.lowestGlobalSequence(lowestGlobalSequence).maxGapOffset(maxGapOffset)
                .gapTimeout(Math.toIntExact(gapTimeoutMillis)));
        this.lowestGlobalSequence = lowestGlobalSequence;
        this.maxGapOffset = maxGapOffset;
        this.gapTimeoutMillis = gapTimeoutMillis;
        this.outOfOrder = outOfOrder;
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        EventSchema schema = schema();
        long globalSequence = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        String eventIdentifier = resultSet.getString(schema.eventIdentifierColumn());
        Object storedTimestamp = readTimeStamp(resultSet, schema.timestampColumn());
        Instant timestamp = storedTimestamp instanceof CharSequence text ? parseTimestamp(text) : null;
        GenericDomainEventEntry<?> entry = new ParsedEntry<>(
                resultSet.getString(schema.typeColumn()),
                eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
                resultSet.getLong(schema.sequenceNumberColumn()), eventIdentifier, storedTimestamp, timestamp,
                resultSet.getString(schema.payloadTypeColumn()), resultSet.getString(schema.payloadRevisionColumn()),
                readPayload(resultSet, schema.payloadColumn()), readPayload(resultSet, schema.metaDataColumn()));
        boolean allowGaps = entry.getTimestamp()
                .isAfter(GenericEventMessage.clock.instant().minusMillis(gapTimeoutMillis));
        GapAwareTrackingToken token;
        if (previousToken == null) {
            token = GapAwareTrackingToken.newInstance(globalSequence, allowGaps
                    ? LongStream.range(Math.min(lowestGlobalSequence, globalSequence), globalSequence).boxed()
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                    : Collections.emptySortedSet());
        } else {
            token = previousToken.advanceTo(globalSequence, allowGaps ? maxGapOffset : 0);
            if (globalSequence < token.getIndex()) {
                outOfOrder.record(eventIdentifier); // a gap filled: the token keeps its higher index
            }
        }
        return new TrackedDomainEventData<>(token, entry);
    }

    /**
     * The instant of a stored timestamp. Axon writes {@code 2025-03-20T08:15:30.123Z} (UTC, a
     * fraction of 3 to 9 digits); that form is read by hand, anything else by Axon's parser.
     */
    static Instant parseTimestamp(CharSequence text) {
        int length = text.length();
        // yyyy-MM-ddTHH:mm:ss then an optional fraction, then Z
        if (length < 20 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return DateTimeUtils.parseInstant(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (length > 20) {
            int fraction = length - 21; // digits between the '.' and the 'Z'
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return DateTimeUtils.parseInstant(text);
            }
            nanos = digits(text, 20, length - 1);
            for (int scale = fraction; scale < 9 && nanos >= 0; scale++) {
                nanos *= 10;
            }
        } else if (length != 20) {
            return DateTimeUtils.parseInstant(text);
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59 || nanos < 0) {
            return DateTimeUtils.parseInstant(text);
        }
        try {
            long epochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (java.time.DateTimeException impossible) {
            return DateTimeUtils.parseInstant(text); // e.g. 31 April: Axon's parser says why
        }
    }

    /** The decimal number written from {@code from} to {@code to} (exclusive); -1 if any is not a digit. */
    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int at = from; at < to; at++) {
            char c = text.charAt(at);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** An entry that keeps its timestamp's instant instead of parsing its text at each call. */
    private static final class ParsedEntry<T> extends GenericDomainEventEntry<T> {

        private final Instant timestamp;

        ParsedEntry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                    Object storedTimestamp, Instant timestamp, String payloadType, String payloadRevision,
                    T payload, T metaData) {
            super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, storedTimestamp, payloadType,
                    payloadRevision, payload, metaData);
            this.timestamp = timestamp;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp != null ? timestamp : super.getTimestamp();
        }
    }
}
