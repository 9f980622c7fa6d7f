package vn.directives.query.workspace.task;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import vn.directives.query.workspace.CommandOutcome;
import vn.directives.query.workspace.CommandSide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends a form's command through the workspace's {@link CommandSide} (as the signed-in user, with
 * {@code If-Match} and {@code Idempotency-Key}) and reads its answer as the forms need it.
 */
@Component
public class StepCommands {

    private final CommandSide commandSide;

    StepCommands(CommandSide commandSide) {
        this.commandSide = commandSide;
    }

    public StepOutcome send(String path, Map<String, Object> body, String ifMatch, String idempotencyKey) {
        CommandOutcome outcome = commandSide.send(path, body, ifMatch, idempotencyKey);
        JsonNode answer = outcome.body();
        if (outcome.accepted()) {
            Long position = outcome.eventPosition() != null ? outcome.eventPosition()
                    : answer.path("position").isNumber() ? Long.valueOf(answer.path("position").asLong()) : null;
            return new StepOutcome(outcome.status(), text(answer, "id"), position, null);
        }
        List<StepOutcome.FieldProblem> errors = new ArrayList<>();
        answer.path("errors").forEach(error -> errors.add(new StepOutcome.FieldProblem(text(error, "field"),
                text(error, "message"), text(error, "message_en"))));
        // a refusal may name a position too: a stale If-Match's 412 names the change that made it stale
        return new StepOutcome(outcome.status(), null, outcome.eventPosition(), new StepOutcome.Problem(text(answer, "type"),
                text(answer, "title"), text(answer, "title_en"), text(answer, "detail"), text(answer, "detail_en"),
                errors));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asString();
    }
}
