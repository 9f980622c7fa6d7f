package vn.directives.query.report;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.events.report.ReportDraftAddressed;
import vn.directives.events.report.ReportDraftApproved;
import vn.directives.events.report.ReportDraftCreated;
import vn.directives.events.report.ReportDraftEvent;
import vn.directives.events.report.ReportDraftFiguresRefreshed;
import vn.directives.events.report.ReportDraftIssued;
import vn.directives.events.report.ReportDraftReturned;
import vn.directives.events.report.ReportDraftSectionWritten;
import vn.directives.events.report.ReportDraftSubmitted;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads one draft's stream straight from the event store by its (aggregate, sequence) key, up
 * to a version: a draft is always read as it stands, never from a lagging read model, and at a
 * given version as it stood then. Also finds the drafts there are (a scan for their creation events).
 */
final class DraftStream {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final Map<String, Class<?>> TYPES = Stream.of(ReportDraftCreated.class,
                    ReportDraftFiguresRefreshed.class, ReportDraftSectionWritten.class, ReportDraftAddressed.class,
                    ReportDraftSubmitted.class, ReportDraftReturned.class, ReportDraftApproved.class,
                    ReportDraftIssued.class)
            .collect(Collectors.toMap(Class::getName, Function.identity()));

    /** One event of the stream with its version (sequence number) and when it was recorded. */
    record Entry(long version, long recordedAtMillis, ReportDraftEvent event) {
    }

    private final DataSource dataSource;

    DraftStream(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The stream up to {@code version} (all of it when null); empty when there is no such draft. */
    List<Entry> read(String draftId, Long version) {
        List<Entry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT sequence_number, time_stamp, payload_type, payload FROM events.domain_event_entry
                      WHERE aggregate_identifier = ? AND sequence_number <= ? ORDER BY sequence_number""")) {
            statement.setString(1, draftId);
            statement.setLong(2, version == null ? Long.MAX_VALUE : version);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Class<?> type = TYPES.get(rows.getString(3));
                    if (type == null) {
                        return List.of();
                    }
                    entries.add(new Entry(rows.getLong(1), StoredTime.parseMillis(rows.getString(2)),
                            (ReportDraftEvent) JSON.readValue(rows.getBytes(4), type)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event store", e);
        }
        return entries;
    }

    /** The ids of every draft, oldest first (a scan of the store for one payload type). */
    List<String> ids() {
        List<String> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     SELECT aggregate_identifier FROM events.domain_event_entry
                      WHERE payload_type = ? ORDER BY global_index""")) {
            statement.setString(1, ReportDraftCreated.class.getName());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the event store", e);
        }
        return ids;
    }
}
