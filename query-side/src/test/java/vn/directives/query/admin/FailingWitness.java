package vn.directives.query.admin;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import vn.directives.events.directive.DirectiveRegistered;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A processor whose batches fail while {@link #failing} is set, registered only by the
 * administration test: its failure must show in the processors' status and metrics.
 */
@ProcessingGroup(FailingWitness.GROUP)
public class FailingWitness {

    static final String GROUP = "failing-witness";

    final AtomicBoolean failing = new AtomicBoolean();

    @EventHandler
    void on(DirectiveRegistered event) {
        if (failing.get()) {
            throw new IllegalStateException("the failing witness refuses this batch");
        }
    }
}
