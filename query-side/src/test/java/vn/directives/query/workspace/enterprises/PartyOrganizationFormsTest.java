package vn.directives.query.workspace.enterprises;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

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
}
