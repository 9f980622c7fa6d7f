package vn.directives.command.enterprise;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import vn.directives.command.common.CommandContext;
import vn.directives.command.common.RuleViolation;
import vn.directives.events.enterprise.OrganizationFounding;
import vn.directives.events.enterprise.SocioPoliticalOrganizationKind;
import vn.directives.events.generaltask.GeneralTaskCompleted;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class TaskOutcomePolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 10, 6);
    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate FOUNDED_ON = LocalDate.of(2025, 10, 2);

    private final CommandGateway commands = mock(CommandGateway.class);
    private final TaskOutcomePolicy policy = new TaskOutcomePolicy(commands,
            Clock.fixed(TODAY.atStartOfDay(HANOI).toInstant(), HANOI));

    private static GeneralTaskCompleted completed(OrganizationFounding founding) {
        return new GeneralTaskCompleted("task-1", "Báo cáo số 3-BC/LĐLĐ", founding, TODAY, "uy-vien-1");
    }

    @Test
    void a_completion_that_founded_an_organization_records_it_in_the_enterprise_naming_the_task() {
        policy.on(completed(new OrganizationFounding("0314409058", "Công ty TNHH Điện tử Sao Mai",
                SocioPoliticalOrganizationKind.TRADE_UNION, 120, FOUNDED_ON)));

        verify(commands).sendAndWait(new FoundOrganizationAsTaskOutcome("0314409058",
                SocioPoliticalOrganizationKind.TRADE_UNION, 120, FOUNDED_ON, "task-1",
                new CommandContext("uy-vien-1", Set.of(), null, TODAY)));
    }

    @Test
    void a_completion_without_an_outcome_sends_nothing() {
        policy.on(completed(null));

        verifyNoInteractions(commands);
    }

    /** The registry's rule, named by the field of the completion's body that the user filled in. */
    @Test
    void the_registrys_refusal_names_the_completions_field() {
        when(commands.sendAndWait(any())).thenThrow(RuleViolation.refused("organization-kind-exists", "kind",
                "Doanh nghiệp đã có tổ chức loại này.", "The enterprise already has one."));

        assertThatThrownBy(() -> policy.on(completed(new OrganizationFounding("0314409058", "Sao Mai",
                SocioPoliticalOrganizationKind.TRADE_UNION, 120, FOUNDED_ON))))
                .isInstanceOfSatisfying(RuleViolation.class, refused -> {
                    assertThat(refused.rule()).isEqualTo("organization-kind-exists");
                    assertThat(refused.field()).isEqualTo("organizationFounded.kind");
                    assertThat(refused.kind()).isEqualTo(RuleViolation.Kind.REFUSED);
                });
    }

    @Test
    void a_date_refused_by_the_registry_is_the_founding_day() {
        when(commands.sendAndWait(any())).thenThrow(RuleViolation.invalid("not-before-last-change", "effectiveOn",
                "Ngày hiệu lực không được trước lần thay đổi gần nhất.", "The date precedes the last change."));

        assertThatThrownBy(() -> policy.on(completed(new OrganizationFounding("0314409058", "Sao Mai",
                SocioPoliticalOrganizationKind.YOUTH_UNION, 20, FOUNDED_ON))))
                .isInstanceOfSatisfying(RuleViolation.class,
                        refused -> assertThat(refused.field()).isEqualTo("organizationFounded.foundedOn"));
    }
}
