package vn.directives.command.partyorganization;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.directives.command.common.CommandContext;
import vn.directives.events.cellestablishment.CellEstablishmentCompleted;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * A completed cell establishment brings its Party organization into being. The processing group
 * runs subscribing, so the organization is created in the transaction that completes the task:
 * if the enterprise meanwhile got an organization, the completion is refused as a whole.
 */
@Component
@ProcessingGroup(EstablishmentPolicy.PROCESSING_GROUP)
class EstablishmentPolicy {

    /**
     * Must run in subscribing mode ({@code axon.eventhandling.processors.party-organization-policy.mode:
     * subscribing}); its handlers' failures propagate ({@link PartyOrganizationProcessing}).
     */
    static final String PROCESSING_GROUP = "party-organization-policy";

    private final CommandGateway commands;
    private final Clock clock;

    EstablishmentPolicy(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(CellEstablishmentCompleted event) {
        CommandContext context = new CommandContext(event.completedBy(), Set.of(), null, LocalDate.now(clock));
        commands.sendAndWait(new EstablishPartyOrganization(event.partyOrganizationId(), event.enterpriseTaxCode(),
                event.enterpriseName(), event.organizationName(), event.taskId(), event.decisionNumber(),
                event.issuingCommittee(), event.kind(), event.superiorCommitteeUnitId(), event.officialMembers(),
                event.probationaryMembers(), event.decidedOn(),
                context));
    }
}
