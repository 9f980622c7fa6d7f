package vn.directives.command.membertransfer;

import vn.directives.command.common.CommandContext;
import vn.directives.events.membertransfer.PartyOrganization;
import vn.directives.events.membertransfer.TemporaryPeriod;
import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;
import vn.directives.events.task.TaskHeader;

import java.time.LocalDate;

/** Opens a transfer task for the member behind {@code memberRef}; the command never holds personal data. */
record RequestMemberTransfer(String taskId, TaskHeader task, String memberRef, TransferDirection direction,
                             TransferType type, TemporaryPeriod temporaryPeriod, PartyOrganization sendingOrganization,
                             PartyOrganization receivingOrganization, LocalDate decisionDate, LocalDate openedOn,
                             CommandContext context) {
}
