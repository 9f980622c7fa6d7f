package vn.directives.query.workspace.task;

import vn.directives.events.membertransfer.TransferDirection;
import vn.directives.events.membertransfer.TransferType;
import vn.directives.events.survey.SurveyScope;
import vn.directives.events.task.TaskKind;
import vn.directives.events.trainingcourse.CourseKind;

import java.util.ArrayList;
import java.util.List;

import static vn.directives.query.workspace.task.FieldType.DATE;
import static vn.directives.query.workspace.task.FieldType.ENTERPRISES;
import static vn.directives.query.workspace.task.FieldType.MEMBER;
import static vn.directives.query.workspace.task.FieldType.NUMBER;
import static vn.directives.query.workspace.task.FieldType.POINT;
import static vn.directives.query.workspace.task.FieldType.TEXT;
import static vn.directives.query.workspace.task.FieldType.TEXTAREA;
import static vn.directives.query.workspace.task.FieldType.UNIT;
import static vn.directives.query.workspace.task.FieldType.UNITS;
import static vn.directives.query.workspace.task.FormField.choice;
import static vn.directives.query.workspace.task.FormField.enterprise;
import static vn.directives.query.workspace.task.FormField.of;

/**
 * The opening form of each task kind: the part every kind shares (directive point, title, units,
 * assignee, due date), then the kind's own fields, posted as the command side's opening request
 * ({@code POST /api/{collection}}) by the same machinery as the steps.
 */
final class OpeningTable {

    /** The directive is chosen first (its points fill the point picker); it rides along hidden. */
    static final String DIRECTIVE = "task.directiveId";

    private static final List<FormField> HEADER = List.of(
            of("task.pointNumber", POINT).mandatory(),
            of("task.title", TEXT).mandatory(),
            of("task.leadUnitId", UNIT).mandatory(),
            of("task.coordinatingUnitIds", UNITS),
            of("task.assigneeId", MEMBER).mandatory(),
            of("task.dueDate", DATE).mandatory());

    private OpeningTable() {
    }

    /** Every field of the kind's opening form, in the order the form shows them. */
    static List<FormField> fields(TaskKind kind) {
        List<FormField> fields = new ArrayList<>(HEADER);
        fields.addAll(switch (kind) {
            case SURVEY -> List.of(
                    choice("scope.kind", SurveyScope.Kind.class).mandatory(),
                    of("scope.references", ENTERPRISES),
                    of("scope.description", TEXTAREA),
                    of("periodFrom", DATE).mandatory(),
                    of("periodTo", DATE).mandatory());
            case CELL_ESTABLISHMENT -> List.of(
                    enterprise("enterpriseTaxCode", "enterpriseName").mandatory());
            case MEMBER_TRANSFER -> List.of(
                    of("member.fullName", TEXT).mandatory(),
                    of("member.partyCardNumber", TEXT).mandatory(),
                    of("member.citizenId", TEXT).mandatory(),
                    choice("direction", TransferDirection.class).mandatory(),
                    choice("type", TransferType.class).mandatory(),
                    of("temporaryPeriod.from", DATE),
                    of("temporaryPeriod.until", DATE),
                    of("sendingOrganization.name", TEXT).mandatory(),
                    of("sendingOrganization.unitId", UNIT).mandatory(),
                    of("sendingOrganization.enterpriseTaxCode", TEXT),
                    of("receivingOrganization.name", TEXT).mandatory(),
                    of("receivingOrganization.unitId", UNIT).mandatory(),
                    of("receivingOrganization.enterpriseTaxCode", TEXT),
                    of("decisionDate", DATE).mandatory());
            case TRAINING_COURSE -> List.of(
                    choice("courseKind", CourseKind.class).mandatory(),
                    of("organizerUnitId", UNIT).mandatory(),
                    of("plannedStart", DATE).mandatory(),
                    of("plannedEnd", DATE).mandatory(),
                    of("capacity", NUMBER).mandatory());
            case GENERAL -> List.of(
                    of("description", TEXTAREA),
                    of("expectedProduct", TEXT).mandatory());
        });
        fields.add(of("openedOn", DATE));
        return fields;
    }
}
