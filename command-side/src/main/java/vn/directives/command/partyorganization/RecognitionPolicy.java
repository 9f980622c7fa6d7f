package vn.directives.command.partyorganization;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.directives.command.common.CommandContext;
import vn.directives.events.memberdevelopment.MemberRecognizedOfficial;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * A candidate recognized official (member development) is one probationary member of the
 * organization become official, so the counts by status need no second source. Subscribing, in
 * the recognition's transaction, as for admissions: an organization that refuses (closed by then,
 * or with no probationary member on record) refuses the recognition as a whole.
 */
@Component
@ProcessingGroup(EstablishmentPolicy.PROCESSING_GROUP)
class RecognitionPolicy {

    private final CommandGateway commands;
    private final Clock clock;

    RecognitionPolicy(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(MemberRecognizedOfficial event) {
        CommandContext context = new CommandContext(event.recordedBy(), Set.of(), null, LocalDate.now(clock));
        commands.sendAndWait(new RecordCandidateRecognition(event.partyOrganizationId(), event.candidateRef(),
                event.effectiveOn(), context));
    }
}
