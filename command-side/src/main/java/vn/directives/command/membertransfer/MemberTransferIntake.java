package vn.directives.command.membertransfer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directives.command.infrastructure.CommandDispatcher;

import java.util.UUID;

/**
 * Takes a transfer request in: keeps the member's personal data apart and opens the task with
 * the member's reference only. Both happen in one transaction, which the command's own unit of
 * work joins (the command bus handles commands on the caller's thread): a refused request leaves
 * no personal data behind.
 */
@Component
class MemberTransferIntake {

    private final MemberRegister register;
    private final CommandDispatcher dispatcher;
    private final TransactionTemplate transaction;

    MemberTransferIntake(MemberRegister register, CommandDispatcher dispatcher, PlatformTransactionManager transactions,
                         @Value("${directives.command.transaction-timeout-seconds:20}") int timeoutSeconds) {
        this.register = register;
        this.dispatcher = dispatcher;
        this.transaction = new TransactionTemplate(transactions);
        // bounded like every command's transaction, for the same reason (see EventStoreConfiguration)
        this.transaction.setTimeout(timeoutSeconds);
    }

    /** Returns the id of the new transfer task. */
    String request(MemberTransferRequests.Open body) {
        MemberIdentity member = body.member().checked();
        String taskId = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> dispatcher.dispatch(new RequestMemberTransfer(taskId,
                body.task().toValue(), register.referenceOf(member), body.direction(), body.type(),
                body.temporaryPeriod() == null ? null : body.temporaryPeriod().toValue(),
                body.sendingOrganization().toValue(), body.receivingOrganization().toValue(), body.decisionDate(),
                body.openedOn(), dispatcher.context())));
        return taskId;
    }
}
