package vn.directives.query.workspace.enterprises;

import org.junit.jupiter.api.Test;
import vn.directives.platform.security.Role;
import vn.directives.query.memberdevelopment.CandidateView;
import vn.directives.query.workspace.task.CommandForm;
import vn.directives.query.workspace.task.FormField;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateFormsTest {

    @Test
    void dropping_is_offered_while_a_candidate_to_those_who_register_candidates_and_posts_the_withdrawal_body() {
        CandidateView candidate = person("CANDIDATE");

        assertThat(ids(CandidateForms.offered(candidate, Set.of(Role.UNIT_OFFICER)))).containsExactly("course", "drop");
        assertThat(ids(CandidateForms.offered(candidate, Set.of(Role.ORGANIZATION_COMMITTEE))))
                .containsExactly("course", "admission", "drop");
        assertThat(ids(CandidateForms.offered(candidate, Set.of(Role.STEERING_MEMBER)))).isEmpty();
        assertThat(ids(CandidateForms.offered(person("PROBATIONARY"), Set.of(Role.ORGANIZATION_COMMITTEE))))
                .containsExactly("recognition");
        assertThat(ids(CandidateForms.offered(person("DROPPED"), Set.of(Role.ORGANIZATION_COMMITTEE)))).isEmpty();

        CommandForm drop = CandidateForms.steps(candidate).stream().filter(form -> form.id().equals("drop"))
                .findFirst().orElseThrow();
        assertThat(drop.commandPath()).isEqualTo("/api/candidates/qc%20a/withdrawal");
        assertThat(drop.fields()).extracting(FormField::name).containsExactly("reason", "effectiveOn");
        assertThat(drop.fields().get(0).required()).as("the command side requires a reason").isTrue();
    }

    private static CandidateView person(String status) {
        return new CandidateView("qc a", "0101234567", "Công ty A", null, new CandidateView.Label(status, status, status),
                LocalDate.of(2025, 1, 2), null, null, null, null, null, null, null, null, null, null);
    }

    private static List<String> ids(List<CommandForm> forms) {
        return forms.stream().map(CommandForm::id).toList();
    }
}
