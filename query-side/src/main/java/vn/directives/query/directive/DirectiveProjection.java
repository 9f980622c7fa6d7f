package vn.directives.query.directive;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;
import vn.directives.events.directive.DirectiveRegistered;

import java.time.Instant;

/** Keeps the directive list. Safe to replay: an event already applied is skipped. */
@Component
@ProcessingGroup(DirectiveProjection.GROUP)
class DirectiveProjection {

    static final String GROUP = "directives";

    private final DirectiveSummaryRepository repository;

    DirectiveProjection(DirectiveSummaryRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(DirectiveRegistered event, @Timestamp Instant recordedAt) {
        if (repository.existsById(event.directiveId())) {
            return;
        }
        repository.save(new DirectiveSummary(event.directiveId(), event.number(), event.kind().name(),
                event.issuedOn(), event.issuingBody(), event.title(), event.leadUnitId(),
                event.points().size(), recordedAt));
    }

    @ResetHandler
    void reset() {
        repository.deleteAllInBatch();
    }
}
