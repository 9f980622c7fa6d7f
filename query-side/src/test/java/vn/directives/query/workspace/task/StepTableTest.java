package vn.directives.query.workspace.task;

import vn.directives.platform.web.TaskKindCollection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.events.task.TaskKind;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class StepTableTest {

    /** Comments and documents have the task page's discussion section for form, on any task in any state. */
    private static final Set<String> DISCUSSION_FORMS = Set.of("* comments", "* attachments");

    private static final TaskState SURVEY_JUST_OPENED = new TaskState("t1", TaskKind.SURVEY, true, "SURVEY_OPENED",
            "member-1", "unit-1", List.of(), null, 0);
    private static final Actor CLERK = new Actor("clerk", Set.of(Actor.ORGANIZATION_COMMITTEE), null);
    private static final Actor ASSIGNEE = new Actor("member-1", Set.of(Actor.STEERING_MEMBER), null);
    private static final Actor OTHER_MEMBER = new Actor("member-2", Set.of(Actor.STEERING_MEMBER), null);
    private static final Actor LEAD_UNIT_OFFICER = new Actor("officer", Set.of(Actor.UNIT_OFFICER), "unit-1");

    /**
     * Every step sub-resource the command side maps for tasks (found in its controllers, so that a
     * new one is noticed) has its form in the table, and the table posts to nothing else.
     */
    @Test
    void the_table_has_a_form_for_every_task_step_the_command_side_maps() {
        Set<String> mapped = commandSideTaskSteps();
        Set<String> tabled = StepTable.STEPS.stream()
                .map(step -> (step.kind() == null ? "*" : TaskKindCollection.of(step.kind()).collection()) + " " + step.path())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(mapped).hasSizeGreaterThan(25).contains(DISCUSSION_FORMS.toArray(String[]::new));
        mapped.removeAll(DISCUSSION_FORMS);
        assertThat(tabled).isEqualTo(mapped);
    }

    @Test
    void the_assignee_is_offered_the_kinds_own_steps_and_an_extension_request_but_not_the_committees_steps() {
        assertThat(names(StepTable.offered(SURVEY_JUST_OPENED, ASSIGNEE)))
                .containsExactly("findings", "extension-requests", "sub-tasks");
        assertThat(names(StepTable.offered(SURVEY_JUST_OPENED, LEAD_UNIT_OFFICER)))
                .containsExactly("findings", "extension-requests", "sub-tasks", "urgings");
    }

    @Test
    void urging_now_is_offered_to_the_committee_and_the_lead_unit_not_to_the_assignee() {
        assertThat(names(StepTable.offered(SURVEY_JUST_OPENED, CLERK))).contains("urgings");
        assertThat(names(StepTable.offered(SURVEY_JUST_OPENED, LEAD_UNIT_OFFICER))).contains("urgings");
        assertThat(names(StepTable.offered(SURVEY_JUST_OPENED, ASSIGNEE))).doesNotContain("urgings");
    }

    @Test
    void a_member_not_assigned_is_offered_nothing() {
        assertThat(StepTable.offered(SURVEY_JUST_OPENED, OTHER_MEMBER)).isEmpty();
        assertThat(StepTable.offered(SURVEY_JUST_OPENED,
                new Actor("officer", Set.of(Actor.UNIT_OFFICER), "unit-2"))).isEmpty();
    }

    @Test
    void a_survey_is_offered_for_closure_only_once_findings_are_recorded() {
        TaskState withFindings = new TaskState("t1", TaskKind.SURVEY, true, "FINDINGS_RECORDED", "member-1",
                "unit-1", List.of(), null, 3);
        assertThat(names(StepTable.offered(SURVEY_JUST_OPENED, CLERK))).doesNotContain("closure");
        assertThat(names(StepTable.offered(withFindings, CLERK))).contains("findings", "closure", "cancellation");
    }

    @Test
    void a_pending_extension_is_decided_by_the_committee_and_not_requested_again() {
        TaskState pending = new TaskState("t1", TaskKind.SURVEY, true, "SURVEY_OPENED", "member-1", "unit-1",
                List.of(), "ext-9", 2);
        assertThat(names(StepTable.offered(pending, CLERK)))
                .contains("extension-approval", "extension-rejection").doesNotContain("extension-requests");
        assertThat(names(StepTable.offered(pending, ASSIGNEE))).containsExactly("findings", "sub-tasks");
        assertThat(StepTable.find(TaskKind.SURVEY, "extension-approval").orElseThrow().apiPath(pending))
                .isEqualTo("/api/surveys/t1/extension-requests/ext-9/approval");
    }

    @Test
    void a_coordinating_units_officer_is_offered_a_progress_report_on_a_general_task_and_nothing_else() {
        TaskState general = new TaskState("t3", TaskKind.GENERAL, true, "GENERAL_OPENED", "member-1", "unit-1",
                List.of("unit-2"), null, 1);
        Actor coordinating = new Actor("officer-2", Set.of(Actor.UNIT_OFFICER), "unit-2");
        Actor elsewhere = new Actor("officer-3", Set.of(Actor.UNIT_OFFICER), "unit-3");

        assertThat(names(StepTable.offered(general, coordinating))).containsExactly("progress-reports");
        assertThat(StepTable.offered(general, elsewhere)).isEmpty();
        assertThat(names(StepTable.offered(general, ASSIGNEE))).contains("progress-reports", "completion");
    }

    @Test
    void a_closed_task_offers_nothing() {
        TaskState done = new TaskState("t1", TaskKind.SURVEY, false, "SURVEY_CLOSED", "member-1", "unit-1", List.of(),
                null, 5);
        assertThat(StepTable.offered(done, CLERK)).isEmpty();
    }

    @Test
    void a_member_transfer_steps_follow_the_letter() {
        TaskState issued = new TaskState("t2", TaskKind.MEMBER_TRANSFER, true, "LETTER_ISSUED", "member-1",
                "unit-1", List.of(), null, 1);
        assertThat(names(StepTable.offered(issued, ASSIGNEE)))
                .containsExactly("letter-acceptance", "return", "withdrawal", "extension-requests", "sub-tasks");
        assertThat(StepTable.find(TaskKind.MEMBER_TRANSFER, "completion").orElseThrow().apiPath(issued))
                .isEqualTo("/api/member-transfers/t2/completion");
    }

    private static java.util.List<String> names(java.util.List<Step> steps) {
        return steps.stream().map(Step::name).toList();
    }

    /** "collection path" of every POST under a task: "*" for the steps every kind shares. */
    private static Set<String> commandSideTaskSteps() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Set<String> steps = new TreeSet<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("vn.directives.command")) {
            Class<?> controller = load(definition.getBeanClassName());
            RequestMapping base = controller.getAnnotation(RequestMapping.class);
            if (base == null || base.value().length == 0) {
                continue;
            }
            String prefix = base.value()[0];
            String collection = prefix.startsWith("/api/{collection:") ? "*"
                    : TaskKindCollection.named(prefix.replace("/api/", "")).map(TaskKindCollection::collection).orElse(null);
            if (collection == null) {
                continue;
            }
            for (Method method : controller.getDeclaredMethods()) {
                PostMapping post = method.getAnnotation(PostMapping.class);
                if (post == null) {
                    continue;
                }
                String path = post.value().length > 0 ? post.value()[0] : post.path().length > 0 ? post.path()[0] : "";
                String sub = path.replaceFirst("^/\\{taskId}", "").replaceFirst("^/", "");
                if (!sub.isEmpty()) {
                    steps.add(collection + " " + sub);
                }
            }
        }
        return steps;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
