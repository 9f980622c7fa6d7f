package vn.directives.query.workspace.registration;

import vn.directives.events.directive.DirectiveKind;
import vn.directives.events.unit.UnitKind;
import vn.directives.query.workspace.task.CommandForm;
import vn.directives.query.workspace.task.FieldType;
import vn.directives.query.workspace.task.FormField;
import vn.directives.query.workspace.task.StepOutcome;

import java.util.List;
import java.util.Map;

/**
 * The registration forms of the Organization Committee, as tables of fields named like the
 * command side's request bodies (so that a refusal's {@code field} lands beside its control),
 * and where each goes once accepted: the page that shows the result, at the command's event
 * position (read-your-writes).
 */
final class RegistrationForms {

    private RegistrationForms() {
    }

    static CommandForm directive() {
        return new CommandForm("directive", "registration.directive", "/api/directives", List.of(
                FormField.of("number", FieldType.TEXT).mandatory(),
                FormField.choice("kind", DirectiveKind.class).mandatory(),
                FormField.of("issuedOn", FieldType.DATE).mandatory(),
                FormField.of("issuingBody", FieldType.TEXT).mandatory(),
                FormField.of("title", FieldType.TEXTAREA).mandatory(),
                FormField.rows("points", FormField.of("number", FieldType.NUMBER), FormField.of("text", FieldType.TEXT))
                        .mandatory(),
                FormField.of("leadUnitId", FieldType.UNIT).mandatory(),
                FormField.of("cadence.cutOffMonth", FieldType.NUMBER).mandatory(),
                FormField.of("cadence.cutOffDay", FieldType.NUMBER).mandatory(),
                FormField.of("cadence.reportTo", FieldType.TEXT).mandatory(),
                FormField.rows("targets", FormField.of("indicator", FieldType.TEXT),
                        FormField.of("description", FieldType.TEXT), FormField.of("thresholdPercent", FieldType.TEXT),
                        FormField.of("horizonYear", FieldType.NUMBER))),
                (outcome, body) -> "/registration/directives/" + outcome.id() + "?done=directive" + at(outcome));
    }

    static CommandForm urgingPolicy(String directiveId) {
        return new CommandForm("urging", "registration.urging", "/api/directives/" + directiveId + "/urging-policy",
                List.of(FormField.of("remindWorkingDaysBefore", FieldType.NUMBER).mandatory(),
                        FormField.of("escalateAfterWorkingDays", FieldType.NUMBER).mandatory(),
                        FormField.effectiveOn()),
                (outcome, body) -> "/directives/" + directiveId + "?" + at(outcome).substring(1));
    }

    static CommandForm unit() {
        return new CommandForm("unit", "registration.unit", "/api/units", List.of(
                FormField.of("name", FieldType.TEXT).mandatory(),
                FormField.choice("kind", UnitKind.class).mandatory(),
                FormField.of("parentUnitId", FieldType.UNIT),
                FormField.effectiveOn()),
                (outcome, body) -> unitsAt(outcome, body));
    }

    static List<CommandForm> unitChanges(String unitId) {
        String base = "/api/units/" + unitId;
        return List.of(
                new CommandForm("renaming", "registration.unit.renaming", base + "/renaming", List.of(
                        FormField.of("newName", FieldType.TEXT).mandatory(), FormField.effectiveOn()),
                        RegistrationForms::unitsAt),
                new CommandForm("merger", "registration.unit.merger", base + "/merger", List.of(
                        FormField.of("intoUnitId", FieldType.UNIT).mandatory(), FormField.effectiveOn()),
                        RegistrationForms::unitsAt),
                new CommandForm("dissolution", "registration.unit.dissolution", base + "/dissolution", List.of(
                        FormField.of("reason", FieldType.TEXTAREA).mandatory(), FormField.effectiveOn()),
                        RegistrationForms::unitsAt));
    }

    static CommandForm appointment() {
        return new CommandForm("appointment", "registration.appointment", "/api/steering-committee/members", List.of(
                FormField.of("memberId", FieldType.TEXT).mandatory(),
                FormField.of("displayName", FieldType.TEXT).mandatory(),
                FormField.of("post", FieldType.TEXT).mandatory(),
                FormField.of("email", FieldType.TEXT).mandatory(),
                FormField.of("unitIds", FieldType.UNITS),
                FormField.of("areas", FieldType.LINES),
                FormField.effectiveOn()),
                RegistrationForms::committee);
    }

    static List<CommandForm> memberChanges(String memberId) {
        String base = "/api/steering-committee/members/" + memberId;
        return List.of(
                new CommandForm("responsibilities", "registration.responsibilities", base + "/responsibility-changes",
                        List.of(FormField.of("unitIds", FieldType.UNITS), FormField.of("areas", FieldType.LINES),
                                FormField.effectiveOn()),
                        RegistrationForms::committee),
                new CommandForm("relief", "registration.relief", base + "/relief", List.of(
                        FormField.of("reason", FieldType.TEXTAREA).mandatory(), FormField.effectiveOn()),
                        RegistrationForms::committee));
    }

    /** The units as at the change's effective date, so that the change shows. */
    private static String unitsAt(StepOutcome outcome, Map<String, Object> body) {
        Object on = body.get("effectiveOn");
        return "/units?" + (on == null ? "" : "at=" + on + "&") + at(outcome).substring(1);
    }

    private static String committee(StepOutcome outcome, Map<String, Object> body) {
        Object on = body.get("effectiveOn");
        return "/steering-committee?" + (on == null ? "" : "at=" + on + "&") + at(outcome).substring(1);
    }

    /** {@code &position=n}, or {@code &done} when the answer named no position. */
    private static String at(StepOutcome outcome) {
        return outcome.position() == null ? "&done" : "&position=" + outcome.position();
    }
}
