package vn.directives.query.workspace.task;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A form that forwards one command to the command side (registering a unit, resetting a
 * password): its id in the page, the message key of its name, the fields, where the command goes
 * and where the browser goes once it is accepted.
 *
 * @param next the page to go to after an accepted command, from its outcome and the body sent
 */
public record CommandForm(String id, String labelKey, String commandPath, List<FormField> fields,
                          BiFunction<StepOutcome, Map<String, Object>, String> next) {
}
