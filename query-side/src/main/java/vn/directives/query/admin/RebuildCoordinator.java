package vn.directives.query.admin;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directives.query.infrastructure.ProcessorPositions;
import vn.directives.query.infrastructure.ProcessorTokens;
import vn.directives.query.infrastructure.SegmentToken;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Carries out rebuilds on every instance of the query side; the rebuild's row is how they agree.
 * Each instance, every {@code directives.query.rebuild.poll-interval}:
 * <ol>
 *     <li>shuts down its own share of a processor whose rebuild is STOPPING (which releases its
 *     claims) and keeps it down while the rebuild stays STOPPING;</li>
 *     <li>tries to reset the processor's tokens ({@code resetTokens()} claims every segment, runs
 *     the projection's {@code @ResetHandler} and stores replay tokens, in one transaction); this fails
 *     while another instance still claims a segment, and is tried again on the next round; the first
 *     instance that succeeds marks the rebuild REPLAYING and starts its processor again;</li>
 *     <li>starts again the processors it shut down once their rebuild is no longer STOPPING;</li>
 *     <li>marks a REPLAYING rebuild DONE once every segment passed the head of the store as of the reset.</li>
 * </ol>
 * A rebuild still STOPPING after {@code directives.query.rebuild.stop-timeout} (an instance of an
 * older version, or one that cannot reach the database, keeps its claims) is FAILED and the processor
 * runs again everywhere as it was. Other processors are never touched.
 */
@Component
class RebuildCoordinator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RebuildCoordinator.class);

    private final RebuildStore store;
    private final ProcessorPositions positions;
    private final TransactionTemplate transaction;
    private final Duration stopTimeout;
    private final Clock clock;
    private final Set<String> stoppedHere = ConcurrentHashMap.newKeySet();
    private volatile boolean running;

    RebuildCoordinator(RebuildStore store, ProcessorPositions positions, TransactionTemplate transaction,
                       @Value("${directives.query.rebuild.stop-timeout:2m}") Duration stopTimeout) {
        this.store = store;
        this.positions = positions;
        this.transaction = transaction;
        this.stopTimeout = stopTimeout;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(fixedDelayString = "${directives.query.rebuild.poll-interval:500ms}")
    synchronized void coordinate() {
        if (!running) {
            return;
        }
        for (Rebuild rebuild : store.underway()) {
            Optional<StreamingEventProcessor> processor = positions.processor(rebuild.processor());
            if (processor.isEmpty()) {
                continue;
            }
            if (rebuild.state() == Rebuild.State.STOPPING) {
                stopAndReset(rebuild, processor.get());
            } else {
                finishWhenCaughtUp(rebuild);
            }
        }
        restartWhereNoLongerStopping();
    }

    private void stopAndReset(Rebuild rebuild, StreamingEventProcessor processor) {
        if (processor.isRunning()) {
            log.info("Rebuild {}: stopping processor {} on this instance", rebuild.id(), rebuild.processor());
            stoppedHere.add(rebuild.processor());
            processor.shutDown();
        }
        try {
            Boolean reset = transaction.execute(status -> reset(rebuild, processor));
            if (Boolean.TRUE.equals(reset)) {
                log.info("Rebuild {}: tokens of {} reset; replaying", rebuild.id(), rebuild.processor());
                stoppedHere.remove(rebuild.processor());
                processor.start();
            }
        } catch (UnableToClaimTokenException claimedElsewhere) {
            giveUpWhenTooLate(rebuild);
        }
    }

    private boolean reset(Rebuild rebuild, StreamingEventProcessor processor) {
        if (!store.lockStopping(rebuild.id())) {
            return false;
        }
        long head = positions.head();
        processor.resetTokens();
        store.replaying(rebuild.id(), positions.node().id(), head);
        return true;
    }

    private void giveUpWhenTooLate(Rebuild rebuild) {
        if (clock.instant().isBefore(rebuild.requestedAt().plus(stopTimeout))) {
            return;
        }
        String owners = positions.of(rebuild.processor()).map(ProcessorTokens::segments).orElseThrow().stream()
                .map(SegmentToken::owner).filter(owner -> owner != null && !owner.equals(positions.node().id()))
                .distinct().collect(Collectors.joining(", "));
        log.warn("Rebuild {} of {} failed: segments still claimed by {}", rebuild.id(), rebuild.processor(), owners);
        store.failed(rebuild.id(), "Segments still claimed after " + stopTimeout + " by: " + owners);
    }

    private void finishWhenCaughtUp(Rebuild rebuild) {
        positions.of(rebuild.processor())
                .filter(tokens -> !tokens.segments().isEmpty() && tokens.position() >= rebuild.headAtReset())
                .ifPresent(tokens -> {
                    log.info("Rebuild {} of {} done at position {}", rebuild.id(), rebuild.processor(),
                            tokens.position());
                    store.done(rebuild.id());
                });
    }

    private void restartWhereNoLongerStopping() {
        for (String name : Set.copyOf(stoppedHere)) {
            boolean stillStopping = store.find(name).map(rebuild -> rebuild.state() == Rebuild.State.STOPPING)
                    .orElse(false);
            if (!stillStopping) {
                stoppedHere.remove(name);
                positions.processor(name).ifPresent(StreamingEventProcessor::start);
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
