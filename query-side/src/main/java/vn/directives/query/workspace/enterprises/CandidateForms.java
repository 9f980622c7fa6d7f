package vn.directives.query.workspace.enterprises;

import org.springframework.web.util.UriUtils;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.platform.security.Role;
import vn.directives.query.memberdevelopment.CandidateView;
import vn.directives.query.workspace.task.CommandForm;
import vn.directives.query.workspace.task.FieldType;
import vn.directives.query.workspace.task.FormField;
import vn.directives.query.workspace.task.StepOutcome;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The member development steps as forms, their fields named like the command side's request bodies
 * (docs/member-development.md) so that a refusal's {@code field} lands beside its control. Every
 * accepted step leads to the person's page at the command's event position (read-your-writes).
 * Which steps are offered mirrors the command side's rules; the command side decides for good.
 */
final class CandidateForms {

    static final String REGISTRATION = "registration";

    private CandidateForms() {
    }

    /** Registering a candidate: for the Organization Committee and the units' officers. */
    static CommandForm registration() {
        return new CommandForm(REGISTRATION, "candidate.registration", "/api/candidates", List.of(
                FormField.of("candidateRef", FieldType.TEXT).mandatory(),
                FormField.of("enterpriseTaxCode", FieldType.ENTERPRISE).mandatory(),
                FormField.choice("category", CandidateCategory.class).mandatory(),
                FormField.effectiveOn()),
                (outcome, body) -> page(String.valueOf(body.get("candidateRef")), outcome, REGISTRATION));
    }

    static boolean mayRegister(Set<Role> roles) {
        return roles.contains(Role.ORGANIZATION_COMMITTEE) || roles.contains(Role.UNIT_OFFICER);
    }

    /**
     * Every step form of one person, offered or not (a form posted from an older page is still
     * forwarded). Admission asks for a reason to waive the course only while the course is not passed.
     */
    static List<CommandForm> steps(CandidateView candidate) {
        String candidateRef = candidate.candidateRef();
        String base = "/api/candidates/" + UriUtils.encodePathSegment(candidateRef, StandardCharsets.UTF_8);
        List<FormField> admission = new ArrayList<>();
        admission.add(FormField.of("partyOrganizationId", FieldType.PARTY_ORGANIZATION).mandatory());
        if (candidate.coursePassedOn() == null) {
            admission.add(FormField.of("courseWaiverReason", FieldType.TEXTAREA));
        }
        admission.add(FormField.effectiveOn());
        return List.of(
                new CommandForm("course", "candidate.course.record", base + "/awareness-course", List.of(
                        FormField.of("trainingCourseId", FieldType.TRAINING_COURSE).mandatory()),
                        (outcome, body) -> page(candidateRef, outcome, "course")),
                new CommandForm("admission", "candidate.admission", base + "/admission", admission,
                        (outcome, body) -> page(candidateRef, outcome, "admission")),
                new CommandForm("recognition", "candidate.recognition", base + "/recognition", List.of(
                        FormField.effectiveOn()),
                        (outcome, body) -> page(candidateRef, outcome, "recognition")),
                new CommandForm("drop", "candidate.drop", base + "/withdrawal", List.of(
                        FormField.of("reason", FieldType.TEXTAREA).mandatory(),
                        FormField.effectiveOn()),
                        (outcome, body) -> page(candidateRef, outcome, "drop")));
    }

    /**
     * The forms the person's state and the user's roles call for now: the course, admission and
     * dropping while a candidate (the course once), recognition while probationary; admission and
     * recognition are decided by a committee and recorded by the Organization Committee only, dropping
     * is for those who register candidates.
     */
    static List<CommandForm> offered(CandidateView candidate, Set<Role> roles) {
        boolean committee = roles.contains(Role.ORGANIZATION_COMMITTEE);
        List<CommandForm> offered = new ArrayList<>();
        for (CommandForm form : steps(candidate)) {
            boolean fits = switch (form.id()) {
                case "course" -> is(candidate, "CANDIDATE") && candidate.coursePassedOn() == null && mayRegister(roles);
                case "admission" -> is(candidate, "CANDIDATE") && committee;
                case "recognition" -> is(candidate, "PROBATIONARY") && committee;
                case "drop" -> is(candidate, "CANDIDATE") && mayRegister(roles);
                default -> false;
            };
            if (fits) {
                offered.add(form);
            }
        }
        return offered;
    }

    static String path(String candidateRef) {
        return "/enterprises/candidates/" + UriUtils.encodePathSegment(candidateRef, StandardCharsets.UTF_8);
    }

    private static boolean is(CandidateView candidate, String status) {
        return status.equals(candidate.status().code());
    }

    /** The person's page after the step, at its event position, saying which step was recorded. */
    private static String page(String candidateRef, StepOutcome outcome, String done) {
        return path(candidateRef) + "?done=" + done
                + (outcome.position() == null ? "" : "&position=" + outcome.position());
    }
}
