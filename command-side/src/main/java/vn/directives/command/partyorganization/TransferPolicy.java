package vn.directives.command.partyorganization;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import vn.directives.command.common.CommandContext;
import vn.directives.platform.security.Role;
import vn.directives.events.membertransfer.MemberTransferCompleted;
import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;
import vn.directives.events.metadata.MetadataKeys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a member transfer completes, the enterprise's Party organization (if it has one) counts
 * the member in or out, in the same transaction, as the user who completed the transfer. When the
 * organization refuses (for instance it is recorded with fewer members than leave it), the
 * completion is refused with the organization's reason and nothing is stored: the records must
 * be put right first, rather than the two disagreeing silently.
 */
@Component
@ProcessingGroup(EstablishmentPolicy.PROCESSING_GROUP)
class TransferPolicy {

    private final CommandGateway commands;
    private final EnterpriseOrganizations organizations;
    private final Clock clock;

    TransferPolicy(CommandGateway commands, EnterpriseOrganizations organizations, Clock clock) {
        this.commands = commands;
        this.organizations = organizations;
        this.clock = clock;
    }

    @EventHandler
    void on(MemberTransferCompleted event, @MetaDataValue(MetadataKeys.ROLE) String roles) {
        if (event.enterpriseTaxCode() == null) {
            return;
        }
        organizations.partyOrganizationOf(event.enterpriseTaxCode()).ifPresent(organization -> {
            CommandContext context = new CommandContext(event.completedBy(), roles(roles), null, LocalDate.now(clock));
            boolean temporary = event.type() == TransferType.TEMPORARY;
            Object command = event.direction() == TransferDirection.RESIDENCE_TO_ENTERPRISE
                    ? new RecordTransferIn(organization, null, event.taskId(), 1, temporary, event.effectiveOn(), context)
                    : new RecordTransferOut(organization, null, event.taskId(), 1, temporary, event.effectiveOn(),
                    context);
            commands.sendAndWait(command);
        });
    }

    private static Set<Role> roles(String names) {
        if (names == null || names.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(names.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
