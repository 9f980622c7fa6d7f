package vn.directives.command.enterprise;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.RuleViolation;
import vn.directives.events.enterprise.OrganizationFounding;
import vn.directives.events.generaltask.GeneralTaskCompleted;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A general task (or a survey's follow-up, which is a general task delegated from the survey) that
 * completes with a socio-political organization founded records the founding in the enterprise's stream,
 * by the registry's own rules. The processing group runs subscribing and its failures propagate
 * ({@link EnterpriseRegistryProcessing}), so the founding is stored in the transaction that completes the
 * task, or neither is: a refusal (a second trade union, an enterprise that ceased) refuses the completion,
 * naming the completion's field.
 */
@Component
@ProcessingGroup(TaskOutcomePolicy.GROUP)
class TaskOutcomePolicy {

    /** Must run subscribing ({@code axon.eventhandling.processors.enterprise-task-outcome-policy.mode}). */
    static final String GROUP = "enterprise-task-outcome-policy";

    /** The completion's body names the founding's fields under this object. */
    static final String FIELD = "organizationFounded";

    /** The enterprise's fields as the completion's body names them. */
    private static final Map<String, String> FIELDS = Map.of("kind", "kind", "members", "members",
            "effectiveOn", "foundedOn", "taxCode", "enterpriseTaxCode");

    private final CommandGateway commands;
    private final Clock clock;

    TaskOutcomePolicy(CommandGateway commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    void on(GeneralTaskCompleted event) {
        OrganizationFounding founding = event.organizationFounded();
        if (founding == null) {
            return;
        }
        CommandContext context = new CommandContext(event.completedBy(), Set.of(), null, LocalDate.now(clock));
        try {
            commands.sendAndWait(new FoundOrganizationAsTaskOutcome(founding.enterpriseTaxCode(), founding.kind(),
                    founding.members(), founding.foundedOn(), event.taskId(), context));
        } catch (RuleViolation refused) {
            throw refused.about(FIELD + "." + FIELDS.getOrDefault(refused.field(), "enterpriseTaxCode"));
        }
    }
}
