package vn.directives.query.infrastructure;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the query side's processors stand, across every instance sharing the database: the token
 * table ({@code query.token_entry}) holds every segment whoever claims it, and this instance's live
 * status replaces the stored token for the segments it claims (a segment that only skipped events
 * stores its token late). Tokens are read, never claimed.
 */
@Component
public class ProcessorPositions {

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final QueryNode node;

    ProcessorPositions(EventProcessingConfiguration processing, JdbcTemplate jdbc, Serializer serializer,
                       QueryNode node) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.node = node;
    }

    /** The names of the query side's streaming processors, sorted. */
    public List<String> names() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    public Optional<StreamingEventProcessor> processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class);
    }

    /** Every streaming processor with all its segments. */
    public List<ProcessorTokens> all() {
        List<String> names = names();
        Map<String, List<StoredToken>> stored = storedTokens(names);
        return names.stream().map(name -> merge(name, stored.getOrDefault(name, List.of()))).toList();
    }

    /**
     * Every streaming processor as the token table has it, without this instance's live status:
     * read in the caller's transaction, it is consistent with what the processors committed with
     * their tokens (see reconciliation).
     */
    public List<ProcessorTokens> stored() {
        List<String> names = names();
        Map<String, List<StoredToken>> stored = storedTokens(names);
        return names.stream().map(name -> new ProcessorTokens(name, stored.getOrDefault(name, List.<StoredToken>of())
                .stream()
                .map(row -> new SegmentToken(row.segment(), row.owner(), node.id().equals(row.owner()), row.token(),
                        null))
                .toList())).toList();
    }

    public Optional<ProcessorTokens> of(String name) {
        if (processor(name).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(merge(name, storedTokens(List.of(name)).getOrDefault(name, List.of())));
    }

    /** The highest global index in the event store (0 when it is empty). */
    public long head() {
        Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM events.domain_event_entry",
                Long.class);
        return head == null ? 0 : head;
    }

    public QueryNode node() {
        return node;
    }

    private ProcessorTokens merge(String name, List<StoredToken> stored) {
        Map<Integer, EventTrackerStatus> live = processor(name)
                .map(StreamingEventProcessor::processingStatus).orElse(Map.of());
        List<SegmentToken> segments = new ArrayList<>();
        for (StoredToken row : stored) {
            EventTrackerStatus status = live.get(row.segment());
            if (status != null) {
                segments.add(new SegmentToken(row.segment(), node.id(), true, status.getTrackingToken(), status));
            } else {
                segments.add(new SegmentToken(row.segment(), row.owner(), false, row.token(), null));
            }
        }
        return new ProcessorTokens(name, List.copyOf(segments));
    }

    private record StoredToken(int segment, String owner, TrackingToken token) {
    }

    private Map<String, List<StoredToken>> storedTokens(List<String> names) {
        Map<String, List<StoredToken>> tokens = new HashMap<>();
        jdbc.query("""
                SELECT processor_name, segment, token, token_type, owner FROM query.token_entry
                 WHERE processor_name = ANY (?) ORDER BY processor_name, segment""", row -> {
            byte[] bytes = row.getBytes("token");
            String type = row.getString("token_type");
            TrackingToken token = bytes == null || type == null ? null
                    : serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
            tokens.computeIfAbsent(row.getString("processor_name"), name -> new ArrayList<>())
                    .add(new StoredToken(row.getInt("segment"), row.getString("owner"), token));
        }, (Object) names.toArray(String[]::new));
        return tokens;
    }
}
