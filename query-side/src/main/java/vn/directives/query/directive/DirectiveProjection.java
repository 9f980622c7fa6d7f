package vn.directives.query.directive;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import vn.directives.events.directive.DirectiveRegistered;
import vn.directives.events.directive.DirectiveReplaced;
import vn.directives.events.directive.DirectiveTargetsAmended;

import java.time.Instant;

/**
 * Keeps the directive list: registrations, amended targets and replacements. Safe to replay: an
 * event already applied (by the sequence number of the directive's stream) is skipped.
 */
@Component
@ProcessingGroup(DirectiveProjection.GROUP)
class DirectiveProjection {

    static final String GROUP = "directives";

    private final DirectiveSummaryRepository repository;

    DirectiveProjection(DirectiveSummaryRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(DirectiveRegistered event, @Timestamp Instant recordedAt, @SequenceNumber long sequence) {
        if (repository.existsById(event.directiveId())) {
            return;
        }
        repository.save(new DirectiveSummary(event.directiveId(), event.number(), event.kind().name(),
                event.issuedOn(), event.issuingBody(), event.title(), event.leadUnitId(),
                event.points().size(), recordedAt, DirectiveView.json(event.targets()), sequence));
    }

    @EventHandler
    void on(DirectiveTargetsAmended event, @SequenceNumber long sequence) {
        repository.findById(event.directiveId()).filter(directive -> directive.isNew(sequence))
                .ifPresent(directive -> {
                    directive.amendTargets(DirectiveView.json(event.targets()), event.effectiveOn(), sequence);
                    repository.save(directive);
                });
    }

    @EventHandler
    void on(DirectiveReplaced event, @SequenceNumber long sequence) {
        repository.findById(event.directiveId()).filter(directive -> directive.isNew(sequence))
                .ifPresent(directive -> {
                    directive.replace(event.replacedByDirectiveId(), event.effectiveOn(), sequence);
                    repository.save(directive);
                });
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }
}
