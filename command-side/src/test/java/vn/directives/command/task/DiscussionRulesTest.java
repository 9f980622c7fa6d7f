package vn.directives.command.task;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.events.discussion.AttachmentAdded;
import vn.directives.events.discussion.TaskCommented;
import vn.directives.events.discussion.TaskUrgedNow;
import vn.directives.events.task.TaskCompleted;
import vn.directives.events.task.TaskKind;
import vn.directives.events.task.TaskReassigned;
import vn.directives.platform.security.Role;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.directives.command.common.RuleViolations.violates;
import static vn.directives.command.task.TaskFixtures.*;

/**
 * Comments, attachments and urging on the spot, on the minimal kind of {@link TaskLifecycleTest}:
 * the rules every kind inherits from the one lifecycle.
 */
class DiscussionRulesTest {

    private static final String ID = "task-1";
    private static final byte[] PDF = "%PDF-1.7 biên bản".getBytes(StandardCharsets.UTF_8);
    private static final Document MINUTES = new Document("att-1", "Biên bản làm việc.pdf", "application/pdf",
            "ab".repeat(32), PDF);

    private final List<String> stored = new ArrayList<>();
    private FixtureConfiguration<Task> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Task.class).withSubtypes(TaskLifecycleTest.SampleTask.class);
        fixture.registerInjectableResource(roster());
        fixture.registerInjectableResource((AttachmentStore) (taskId, document) ->
                stored.add(taskId + ":" + document.attachmentId()));
    }

    private static Object opened() {
        return stored(TaskLifecycleTest.SampleTask.class,
                new TaskLifecycleTest.SampleTask.Opened(ID, header(), OPENED, "ban-to-chuc"));
    }

    private static CommandContext coordinatingUnitOfficer() {
        return new CommandContext("officer-ldld", Set.of(Role.UNIT_OFFICER), OTHER_UNIT, TODAY);
    }

    private static CommandContext unrelatedUnitOfficer() {
        return new CommandContext("officer-x", Set.of(Role.UNIT_OFFICER), "tinh-doan", TODAY);
    }

    private static CommentOnTask comment(String text, CommandContext context) {
        return new CommentOnTask(ID, TaskKind.SURVEY, "c-1", text, context);
    }

    private static UrgeTaskNow urge(String message, CommandContext context) {
        return new UrgeTaskNow(ID, TaskKind.SURVEY, "n-1", message, context);
    }

    @Test
    void the_assignee_comments_on_their_task() {
        fixture.given(opened())
                .when(comment("  Đã làm việc với 12 doanh nghiệp.  ", assignee()))
                .expectEvents(new TaskCommented(ID, "c-1", "Đã làm việc với 12 doanh nghiệp.", null, MEMBER, TODAY))
                .expectResultMessagePayload(1L);
    }

    @Test
    void a_coordinating_units_officer_comments_as_that_units_contribution() {
        fixture.given(opened())
                .when(comment("Liên đoàn Lao động đã cung cấp danh sách công đoàn cơ sở.", coordinatingUnitOfficer()))
                .expectEvents(new TaskCommented(ID, "c-1", "Liên đoàn Lao động đã cung cấp danh sách công đoàn cơ sở.",
                        OTHER_UNIT, "officer-ldld", TODAY));
    }

    @Test
    void an_empty_comment_is_refused() {
        fixture.given(opened())
                .when(comment("   ", assignee()))
                .expectException(violates("required", "text"))
                .expectNoEvents();
    }

    @Test
    void a_member_not_given_the_task_cannot_comment() {
        fixture.given(opened())
                .when(comment("Góp ý", otherMember()))
                .expectException(violates("not-your-task"))
                .expectNoEvents();
    }

    @Test
    void an_officer_of_a_unit_neither_leading_nor_coordinating_cannot_comment() {
        fixture.given(opened())
                .when(comment("Góp ý", unrelatedUnitOfficer()))
                .expectException(violates("not-your-task"))
                .expectNoEvents();
    }

    @Test
    void the_new_assignee_may_comment_after_a_reassignment_and_the_old_one_may_not() {
        fixture.given(opened(), new TaskReassigned(ID, MEMBER, OTHER_MEMBER, "Phân công lại", TODAY, "ban-to-chuc"))
                .when(comment("Góp ý", assignee()))
                .expectException(violates("not-your-task"));
    }

    @Test
    void a_comment_on_a_task_of_another_kind_finds_no_task() {
        fixture.given(opened())
                .when(new CommentOnTask(ID, TaskKind.TRAINING_COURSE, "c-1", "Góp ý", assignee()))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void a_completed_task_still_takes_comments_and_documents() {
        fixture.given(opened(), new TaskCompleted(ID, TaskKind.SURVEY, TODAY, MEMBER))
                .when(comment("Bổ sung biên bản nghiệm thu.", organizationCommittee()))
                .expectEvents(new TaskCommented(ID, "c-1", "Bổ sung biên bản nghiệm thu.", null, "ban-to-chuc",
                        TODAY));
    }

    @Test
    void the_lead_units_officer_attaches_a_document_whose_bytes_are_stored_with_the_event() {
        fixture.given(opened())
                .when(new AttachDocument(ID, TaskKind.SURVEY, MINUTES, leadUnitOfficer()))
                .expectEvents(new AttachmentAdded(ID, "att-1", "Biên bản làm việc.pdf", "application/pdf", PDF.length,
                        "ab".repeat(32), null, "officer-1", TODAY));
        assertThat(stored).containsExactly(ID + ":att-1");
    }

    @Test
    void a_coordinating_units_document_is_marked_as_its_contribution() {
        fixture.given(opened())
                .when(new AttachDocument(ID, TaskKind.SURVEY, MINUTES, coordinatingUnitOfficer()))
                .expectEvents(new AttachmentAdded(ID, "att-1", "Biên bản làm việc.pdf", "application/pdf", PDF.length,
                        "ab".repeat(32), OTHER_UNIT, "officer-ldld", TODAY));
    }

    @Test
    void a_document_from_someone_who_may_not_act_is_refused_and_its_bytes_not_stored() {
        fixture.given(opened())
                .when(new AttachDocument(ID, TaskKind.SURVEY, MINUTES, otherMember()))
                .expectException(violates("not-your-task"))
                .expectNoEvents();
        assertThat(stored).isEmpty();
    }

    @Test
    void the_organization_committee_urges_a_task_now_to_its_assignee_and_lead_unit() {
        fixture.given(opened())
                .when(urge("Đề nghị hoàn thành khảo sát trước ngày 20/3.", organizationCommittee()))
                .expectEvents(new TaskUrgedNow(ID, "n-1", MEMBER, LEAD_UNIT,
                        "Đề nghị hoàn thành khảo sát trước ngày 20/3.", "ban-to-chuc", TODAY));
    }

    @Test
    void the_lead_unit_urges_a_task_now() {
        fixture.given(opened())
                .when(urge("Đề nghị đồng chí báo cáo tiến độ.", leadUnitOfficer()))
                .expectEvents(new TaskUrgedNow(ID, "n-1", MEMBER, LEAD_UNIT, "Đề nghị đồng chí báo cáo tiến độ.",
                        "officer-1", TODAY));
    }

    @Test
    void the_assignee_cannot_urge_their_own_task() {
        fixture.given(opened())
                .when(urge("Nhắc", assignee()))
                .expectException(violates("organization-committee-or-lead-unit"))
                .expectNoEvents();
    }

    @Test
    void a_coordinating_unit_cannot_urge() {
        fixture.given(opened())
                .when(urge("Nhắc", coordinatingUnitOfficer()))
                .expectException(violates("organization-committee-or-lead-unit"))
                .expectNoEvents();
    }

    @Test
    void an_urging_needs_a_message() {
        fixture.given(opened())
                .when(urge(" ", organizationCommittee()))
                .expectException(violates("required", "message"))
                .expectNoEvents();
    }

    @Test
    void a_completed_task_is_not_urged() {
        fixture.given(opened(), new TaskCompleted(ID, TaskKind.SURVEY, TODAY, MEMBER))
                .when(urge("Nhắc", organizationCommittee()))
                .expectException(violates("task-closed"))
                .expectNoEvents();
    }
}
