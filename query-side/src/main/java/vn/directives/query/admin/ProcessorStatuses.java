package vn.directives.query.admin;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;
import vn.directives.query.infrastructure.ProcessorFailures;
import vn.directives.query.infrastructure.ProcessorLayout;
import vn.directives.query.infrastructure.ProcessorPositions;
import vn.directives.query.infrastructure.ProcessorTokens;
import vn.directives.query.infrastructure.SegmentToken;

import java.util.List;
import java.util.Optional;

/** Assembles the status of the query side's processors from their tokens, the event store and rebuilds. */
@Component
class ProcessorStatuses {

    private static final int MAX_GAPS_SHOWN = 20;

    private final ProcessorPositions positions;
    private final RebuildStore rebuilds;
    private final ProcessorFailures failures;
    private final ProcessorLayout layout;

    ProcessorStatuses(ProcessorPositions positions, RebuildStore rebuilds, ProcessorFailures failures,
                      ProcessorLayout layout) {
        this.positions = positions;
        this.layout = layout;
        this.rebuilds = rebuilds;
        this.failures = failures;
    }

    List<ProcessorStatus> all() {
        long head = positions.head();
        return positions.all().stream().map(tokens -> status(tokens, head)).toList();
    }

    Optional<ProcessorStatus> of(String name) {
        long head = positions.head();
        return positions.of(name).map(tokens -> status(tokens, head));
    }

    private ProcessorStatus status(ProcessorTokens tokens, long head) {
        Optional<StreamingEventProcessor> processor = positions.processor(tokens.name());
        long position = tokens.position();
        List<ProcessorStatus.Segment> segments = tokens.segments().stream().map(ProcessorStatuses::segment).toList();
        RebuildProgress rebuild = rebuilds.find(tokens.name()).map(found -> RebuildProgress.of(found, position))
                .orElse(null);
        boolean running = processor.map(StreamingEventProcessor::isRunning).orElse(false);
        ProcessorStatus.Failure failure = failures.of(tokens.name())
                .map(failed -> new ProcessorStatus.Failure(failed.error(), failed.rootCause(), failed.since(),
                        failed.lastFailedAt(), failed.failedBatches(), running))
                .orElse(null);
        return new ProcessorStatus(tokens.name(), position, head, Math.max(0, head - position), tokens.replaying(),
                running,
                failure != null || processor.map(StreamingEventProcessor::isError).orElse(false),
                segments.size(),
                (int) tokens.segments().stream().filter(segment -> segment.owner() != null).count(),
                (int) tokens.segments().stream().filter(SegmentToken::claimedHere).count(),
                segments, rebuild, failure,
                layout.processors().getOrDefault(tokens.name(), List.of()));
    }

    private static ProcessorStatus.Segment segment(SegmentToken segment) {
        EventTrackerStatus status = segment.status();
        List<Long> gaps = segment.gaps().stream().limit(MAX_GAPS_SHOWN).toList();
        if (status == null) {
            return new ProcessorStatus.Segment(segment.segment(), segment.owner(), false, segment.position(),
                    segment.replaying(), gaps, null, null, null);
        }
        String error = status.getError() == null ? null : status.getError().getClass().getName();
        return new ProcessorStatus.Segment(segment.segment(), segment.owner(), true, segment.position(),
                segment.replaying(), gaps, status.isCaughtUp(), status.isErrorState(), error);
    }
}
