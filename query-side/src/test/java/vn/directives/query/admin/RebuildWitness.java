package vn.directives.query.admin;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import vn.directives.events.directive.DirectiveRegistered;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A second processor beside the directive list, registered only by the administration test (it
 * is no {@code @Component}): it must keep running, and not replay, while another is rebuilt.
 */
@ProcessingGroup(RebuildWitness.GROUP)
public class RebuildWitness {

    static final String GROUP = "rebuild-witness";

    final AtomicInteger handled = new AtomicInteger();

    @EventHandler
    void on(DirectiveRegistered event) {
        handled.incrementAndGet();
    }
}
