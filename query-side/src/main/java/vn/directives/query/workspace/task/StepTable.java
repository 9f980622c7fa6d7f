package vn.directives.query.workspace.task;

import vn.directives.events.cellestablishment.AbandonmentReason;
import vn.directives.events.cellestablishment.CellCommitteePost;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.partyorganization.PartyOrganizationKind;
import vn.directives.events.survey.OwnerAttitude;
import vn.directives.events.survey.Ownership;
import vn.directives.events.task.TaskKind;
import vn.directives.events.trainingcourse.WithdrawalReason;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static vn.directives.query.workspace.task.FieldType.CHECKBOX;
import static vn.directives.query.workspace.task.FieldType.DATE;
import static vn.directives.query.workspace.task.FieldType.LINES;
import static vn.directives.query.workspace.task.FieldType.MEMBER;
import static vn.directives.query.workspace.task.FieldType.NUMBER;
import static vn.directives.query.workspace.task.FieldType.TEXT;
import static vn.directives.query.workspace.task.FieldType.TEXTAREA;
import static vn.directives.query.workspace.task.FieldType.UNIT;
import static vn.directives.query.workspace.task.FieldType.UNITS;
import static vn.directives.query.workspace.task.FormField.choice;
import static vn.directives.query.workspace.task.FormField.effectiveOn;
import static vn.directives.query.workspace.task.FormField.enterprise;
import static vn.directives.query.workspace.task.FormField.of;
import static vn.directives.query.workspace.task.FormField.rows;

/**
 * Every step of every task lifecycle, once: the task page draws the forms from this table and
 * posts them with it. The stages are the task board's {@code step} values; they mirror the order
 * the aggregates enforce, so a form is offered only when the command side could accept it (the
 * aggregate still decides, and its refusal is shown beside the field it names).
 */
final class StepTable {

    private static final Set<String> ANY_STAGE = Set.of();

    static final List<Step> STEPS = List.of(
            // ---- every kind -----------------------------------------------------------------
            common("extension-requests", "extension-requests", Step.Who.ACTING, Step.Extension.NONE_PENDING,
                    of("requestedDueDate", DATE).mandatory(), of("reason", TEXTAREA).mandatory(), effectiveOn()),
            common("extension-approval", "extension-requests/{extensionId}/approval",
                    Step.Who.ORGANIZATION_COMMITTEE, Step.Extension.PENDING, effectiveOn()),
            common("extension-rejection", "extension-requests/{extensionId}/rejection",
                    Step.Who.ORGANIZATION_COMMITTEE, Step.Extension.PENDING,
                    of("reason", TEXTAREA).mandatory(), effectiveOn()),
            common("reassignments", "reassignments", Step.Who.ORGANIZATION_COMMITTEE, Step.Extension.ANY,
                    of("toMemberId", MEMBER).mandatory(), of("reason", TEXTAREA).mandatory(), effectiveOn()),
            common("urging-policy", "urging-policy", Step.Who.ORGANIZATION_COMMITTEE, Step.Extension.ANY,
                    of("remindWorkingDaysBefore", NUMBER).mandatory(), of("escalateAfterWorkingDays", NUMBER).mandatory(),
                    effectiveOn()),
            common("cancellation", "cancellation", Step.Who.ORGANIZATION_COMMITTEE, Step.Extension.ANY,
                    of("reason", TEXTAREA).mandatory(), effectiveOn()),
            common("sub-tasks", "sub-tasks", Step.Who.ACTING, Step.Extension.ANY,
                    of("title", TEXT).mandatory(), of("description", TEXTAREA),
                    of("expectedProduct", TEXT).mandatory(), of("leadUnitId", UNIT).mandatory(),
                    of("coordinatingUnitIds", UNITS), of("assigneeId", MEMBER).mandatory(),
                    of("dueDate", DATE).mandatory(), effectiveOn()),
            common("urgings", "urgings", Step.Who.URGING, Step.Extension.ANY, of("message", TEXTAREA).mandatory()),

            // ---- survey ---------------------------------------------------------------------
            own(TaskKind.SURVEY, "findings", ANY_STAGE,
                    of("taxCode", TEXT).mandatory(), of("enterpriseName", TEXT).mandatory(),
                    choice("ownership", Ownership.class).mandatory(), of("workers", NUMBER),
                    of("officialMembers", NUMBER), of("probationaryMembers", NUMBER),
                    of("membersRegisteredAtResidence", NUMBER), of("officialMembersEmployed12Months", NUMBER),
                    of("tradeUnion", CHECKBOX), of("tradeUnionMembers", NUMBER),
                    of("youthUnion", CHECKBOX), of("youthUnionMembers", NUMBER),
                    of("partyOrganizationExists", CHECKBOX),
                    choice("ownerAttitude", OwnerAttitude.class).mandatory(), effectiveOn()),
            own(TaskKind.SURVEY, "closure", Set.of("FINDINGS_RECORDED"),
                    of("summary", TEXTAREA).mandatory(), effectiveOn()),

            // ---- cell establishment ---------------------------------------------------------
            own(TaskKind.CELL_ESTABLISHMENT, "owner-engagements",
                    Set.of("ESTABLISHMENT_OPENED", "OWNER_ENGAGED", "MEMBER_POOL_CONFIRMED", "PROPOSAL_SUBMITTED"),
                    choice("attitude", OwnerAttitude.class).mandatory(), of("note", TEXTAREA), effectiveOn()),
            own(TaskKind.CELL_ESTABLISHMENT, "member-pool",
                    Set.of("OWNER_ENGAGED", "MEMBER_POOL_CONFIRMED", "PROPOSAL_SUBMITTED"),
                    of("officialMembers", NUMBER).mandatory(), of("probationaryMembers", NUMBER).mandatory(),
                    of("officialMembersEmployed12Months", NUMBER).mandatory(), of("memberRefs", LINES),
                    effectiveOn()),
            own(TaskKind.CELL_ESTABLISHMENT, "proposal", Set.of("MEMBER_POOL_CONFIRMED"),
                    of("superiorCommittee", TEXT).mandatory(), of("proposedOn", DATE).mandatory()),
            own(TaskKind.CELL_ESTABLISHMENT, "establishment-decision", Set.of("PROPOSAL_SUBMITTED"),
                    of("decisionNumber", TEXT).mandatory(), of("decidedOn", DATE).mandatory(),
                    of("issuingCommittee", TEXT).mandatory(), of("organizationName", TEXT).mandatory(),
                    rows("cellCommittee", of("memberRef", TEXT), choice("post", CellCommitteePost.class)).mandatory()),
            own(TaskKind.CELL_ESTABLISHMENT, "announcement", Set.of("DECISION_ISSUED"),
                    of("announcedOn", DATE).mandatory(), of("place", TEXT).mandatory()),
            own(TaskKind.CELL_ESTABLISHMENT, "completion", Set.of("ESTABLISHMENT_ANNOUNCED"),
                    choice("kind", PartyOrganizationKind.class).mandatory(),
                    of("superiorCommitteeUnitId", UNIT).mandatory(), effectiveOn()),
            own(TaskKind.CELL_ESTABLISHMENT, "member-introduction",
                    Set.of("MEMBER_POOL_CONFIRMED", "PROPOSAL_SUBMITTED"),
                    of("receivingOrganization", TEXT).mandatory(), effectiveOn()),
            own(TaskKind.CELL_ESTABLISHMENT, "abandonment", ANY_STAGE,
                    choice("reason", AbandonmentReason.class).mandatory(), of("note", TEXTAREA), effectiveOn()),

            // ---- member transfer ------------------------------------------------------------
            own(TaskKind.MEMBER_TRANSFER, "introduction-letter", Set.of("TRANSFER_REQUESTED"),
                    of("letterNumber", TEXT).mandatory(), of("lateReason", TEXTAREA), effectiveOn()),
            own(TaskKind.MEMBER_TRANSFER, "letter-acceptance", Set.of("LETTER_ISSUED"),
                    of("lateReason", TEXTAREA), effectiveOn()),
            own(TaskKind.MEMBER_TRANSFER, "completion", Set.of("LETTER_ACCEPTED"), effectiveOn()),
            own(TaskKind.MEMBER_TRANSFER, "return", Set.of("LETTER_ISSUED"),
                    of("reason", TEXTAREA).mandatory(), effectiveOn()),
            own(TaskKind.MEMBER_TRANSFER, "withdrawal", Set.of("TRANSFER_REQUESTED", "LETTER_ISSUED"),
                    of("reason", TEXTAREA).mandatory(), effectiveOn()),

            // ---- training course ------------------------------------------------------------
            own(TaskKind.TRAINING_COURSE, "enrolments", Set.of("COURSE_PLANNED", "ENROLMENT"),
                    rows("participants", of("participantRef", TEXT)).mandatory(),
                    of("participants[].unitId", UNIT).mandatory(), effectiveOn()),
            own(TaskKind.TRAINING_COURSE, "withdrawals", Set.of("ENROLMENT"),
                    of("participantRef", TEXT).mandatory(), choice("reason", WithdrawalReason.class).mandatory(),
                    effectiveOn()),
            own(TaskKind.TRAINING_COURSE, "opening", Set.of("ENROLMENT"), effectiveOn()),
            own(TaskKind.TRAINING_COURSE, "results", Set.of("COURSE_OPENED", "RESULTS_RECORDED"),
                    rows("results", of("participantRef", TEXT), of("attended", CHECKBOX), of("passed", CHECKBOX),
                            of("certificateIssued", CHECKBOX)).mandatory(), effectiveOn()),
            own(TaskKind.TRAINING_COURSE, "closure", Set.of("RESULTS_RECORDED"), effectiveOn()),

            // ---- general task ---------------------------------------------------------------
            // a coordinating unit's officer reports its own part (the command side marks it with the unit)
            new Step("progress-reports", TaskKind.GENERAL, "progress-reports", Step.Who.CONTRIBUTING, ANY_STAGE,
                    Step.Extension.ANY, List.of(of("percentage", NUMBER).mandatory(), of("text", TEXTAREA).mandatory(),
                    of("reason", TEXTAREA), effectiveOn())),
            // a socio-political organization the task founded, if any (also a survey's follow-up: a general
            // task delegated from the survey); left empty, the completion founds nothing
            own(TaskKind.GENERAL, "completion", ANY_STAGE,
                    of("productDocument", TEXT).mandatory(),
                    enterprise("organizationFounded.enterpriseTaxCode", null),
                    choice("organizationFounded.kind", SocioPoliticalOrganizationKind.class),
                    of("organizationFounded.members", NUMBER), of("organizationFounded.foundedOn", DATE),
                    effectiveOn()));

    private StepTable() {
    }

    /** The steps offered on the task to the actor, the kind's own first, in the table's order. */
    static List<Step> offered(TaskState task, Actor actor) {
        return STEPS.stream()
                .filter(step -> step.offered(task, actor))
                .sorted((a, b) -> Boolean.compare(a.kind() == null, b.kind() == null))
                .toList();
    }

    /** The step of this name that a task of this kind has, whether or not it is offered now. */
    static Optional<Step> find(TaskKind kind, String name) {
        return STEPS.stream().filter(step -> step.isOfKind(kind) && step.name().equals(name))
                .min((a, b) -> Boolean.compare(a.kind() == null, b.kind() == null));
    }

    private static Step common(String name, String path, Step.Who who, Step.Extension extension,
                               FormField... fields) {
        return new Step(name, null, path, who, ANY_STAGE, extension, List.of(fields));
    }

    private static Step own(TaskKind kind, String name, Set<String> stages, FormField... fields) {
        return new Step(name, kind, name, Step.Who.ACTING, stages, Step.Extension.ANY, List.of(fields));
    }
}
