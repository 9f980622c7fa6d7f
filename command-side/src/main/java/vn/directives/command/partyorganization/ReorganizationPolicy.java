package vn.directives.command.partyorganization;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.directives.command.common.CommandContext;
import vn.directives.events.partyorganization.PartyOrganizationDissolved;
import vn.directives.events.partyorganization.PartyOrganizationMerged;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * The members of a merged or dissolved organization arrive in the organizations that take them,
 * subscribing, in the same transaction: if one of them refuses (closed meanwhile, or founded after
 * the reorganization's date), the merger or dissolution is refused as a whole and nothing is stored.
 */
@Component
@ProcessingGroup(EstablishmentPolicy.PROCESSING_GROUP)
class ReorganizationPolicy {

    private final CommandGateway commands;
    private final Clock clock;

    ReorganizationPolicy(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(PartyOrganizationMerged event) {
        commands.sendAndWait(new ReceiveMembers(event.intoPartyOrganizationId(), event.partyOrganizationId(),
                event.members(), event.effectiveOn(), context(event.recordedBy())));
    }

    @EventHandler
    void on(PartyOrganizationDissolved event) {
        event.successors().forEach(share -> commands.sendAndWait(new ReceiveMembers(share.partyOrganizationId(),
                event.partyOrganizationId(), share.members(), event.effectiveOn(), context(event.recordedBy()))));
    }

    private CommandContext context(String userId) {
        return new CommandContext(userId, Set.of(), null, LocalDate.now(clock));
    }
}
