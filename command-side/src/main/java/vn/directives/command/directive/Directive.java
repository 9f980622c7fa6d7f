package vn.directives.command.directive;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import vn.directives.events.directive.DirectiveRegistered;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A directive under follow-up. */
@Aggregate
class Directive {

    @AggregateIdentifier
    private String directiveId;

    Directive() {
        // for Axon
    }

    @CommandHandler
    Directive(RegisterDirective command) {
        apply(new DirectiveRegistered(command.directiveId(), command.number(), command.kind(),
                command.issuedOn(), command.issuingBody(), command.title(), command.points(),
                command.leadUnitId(), command.cadence(), command.targets(), command.context().userId()));
    }

    @EventSourcingHandler
    void on(DirectiveRegistered event) {
        directiveId = event.directiveId();
    }
}
