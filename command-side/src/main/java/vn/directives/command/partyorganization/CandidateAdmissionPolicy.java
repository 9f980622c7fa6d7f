package vn.directives.command.partyorganization;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.directives.command.common.CommandContext;
import vn.directives.events.memberdevelopment.CandidateAdmitted;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * A candidate admitted is a new member of the enterprise's Party organization: its admissions and
 * members count them as they count a bare admission, so I4 and the member totals need no second
 * source. Subscribing, in the admission's transaction: an organization that refuses (an admission
 * dated before it existed) refuses the admission as a whole.
 */
@Component
@ProcessingGroup(EstablishmentPolicy.PROCESSING_GROUP)
class CandidateAdmissionPolicy {

    private final CommandGateway commands;
    private final Clock clock;

    CandidateAdmissionPolicy(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(CandidateAdmitted event) {
        CommandContext context = new CommandContext(event.recordedBy(), Set.of(), null, LocalDate.now(clock));
        commands.sendAndWait(new RecordCandidateAdmission(event.partyOrganizationId(), event.effectiveOn(), context));
    }
}
