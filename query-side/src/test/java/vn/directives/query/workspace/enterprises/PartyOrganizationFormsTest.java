package vn.directives.query.workspace.enterprises;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.directives.query.workspace.task.CommandForm;
import vn.directives.query.workspace.task.FieldType;
import vn.directives.query.workspace.task.FormField;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartyOrganizationFormsTest {

    @Test
    void successor_rows_left_blank_are_dropped_and_the_others_move_up_in_order() {
        MultiValueMap<String, String> typed = new LinkedMultiValueMap<>();
        typed.add("reason", "Chia tách");
        typed.add("successors[0].partyOrganizationId", "");
        typed.add("successors[0].members.official", "");
        typed.add("successors[1].partyOrganizationId", "po-1");
        typed.add("successors[1].members.official", "2");
        typed.add("successors[2].members.probationary", "1");

        MultiValueMap<String, String> ordered = PartyOrganizationForms.successorsInOrder(typed);

        assertThat(ordered.getFirst("reason")).isEqualTo("Chia tách");
        assertThat(ordered.getFirst("successors[0].partyOrganizationId")).isEqualTo("po-1");
        assertThat(ordered.getFirst("successors[0].members.official")).isEqualTo("2");
        assertThat(ordered.get("successors[1].partyOrganizationId")).as("a row with a count and no organization stays")
                .isEqualTo(List.of());
        assertThat(ordered.getFirst("successors[1].members.probationary")).isEqualTo("1");
        assertThat(ordered.containsKey("successors[2].partyOrganizationId")).isFalse();
    }

    @Test
    void the_re_affiliation_form_asks_the_api_body_and_starts_from_the_organization_kind() {
        CommandForm affiliation = PartyOrganizationForms.of("0101234567", "po 1").stream()
                .filter(form -> form.id().equals(PartyOrganizationForms.AFFILIATION)).findFirst().orElseThrow();

        assertThat(affiliation.commandPath()).isEqualTo("/api/party-organizations/po%201/affiliations");
        assertThat(affiliation.fields()).extracting(FormField::name)
                .containsExactly("kind", "superiorCommitteeUnitId", "effectiveOn");
        assertThat(affiliation.fields().get(1).type()).as("the committee picked by name among units")
                .isEqualTo(FieldType.UNIT);
        assertThat(affiliation.fields().get(0).choices()).isEqualTo(
                vn.directives.events.partyorganization.PartyOrganizationKind.class);

        assertThat(PartyOrganizationForms.initialValues("GRASSROOTS_CELL").get(PartyOrganizationForms.AFFILIATION)
                .getFirst("kind")).isEqualTo("GRASSROOTS_CELL");
        assertThat(PartyOrganizationForms.initialValues("NOT_CLASSIFIED").get(PartyOrganizationForms.AFFILIATION))
                .as("not classified: the kind is chosen, never guessed").isEmpty();
        assertThat(PartyOrganizationForms.initialValues(null).get(PartyOrganizationForms.AFFILIATION)).isEmpty();
    }
}
