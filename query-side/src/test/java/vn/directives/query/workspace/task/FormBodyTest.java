package vn.directives.query.workspace.task;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.directives.events.task.TaskKind;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormBodyTest {

    @Test
    void an_opening_form_becomes_the_nested_json_of_the_opening_request() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("task.directiveId", "d1");
        form.add("task.pointNumber", "2");
        form.add("task.title", "Khảo sát KCN");
        form.add("task.coordinatingUnitIds", "u2");
        form.add("task.coordinatingUnitIds", "u3");
        form.add("scope.kind", "ENTERPRISES");
        form.add("scope.references", "0101234567");
        form.add("scope.references", "0109999999\n\n0101234567\n");
        form.add("periodFrom", "");
        List<FormField> fields = new java.util.ArrayList<>(OpeningTable.fields(TaskKind.SURVEY));
        fields.add(FormField.of("task.directiveId", FieldType.TEXT));

        FormBody body = read(fields, form);

        assertThat(body.errors()).isEmpty();
        assertThat(body.json()).isEqualTo(Map.of(
                "task", Map.of("directiveId", "d1", "pointNumber", 2, "title", "Khảo sát KCN",
                        "coordinatingUnitIds", List.of("u2", "u3")),
                "scope", Map.of("kind", "ENTERPRISES", "references", List.of("0101234567", "0109999999"))));
    }

    @Test
    void an_optional_object_left_blank_sends_nothing_and_its_empty_counts_are_none_once_it_is_filled() {
        List<FormField> fields = List.of(FormField.of("summary", FieldType.TEXTAREA),
                FormField.of("organizationFounded.enterpriseTaxCode", FieldType.TEXT),
                FormField.of("organizationFounded.members", FieldType.NUMBER));
        MultiValueMap<String, String> blank = new LinkedMultiValueMap<>();
        blank.add("summary", "Xong");
        blank.add("organizationFounded.enterpriseTaxCode", " ");
        blank.add("organizationFounded.members", "");
        assertThat(read(fields, blank).json()).isEqualTo(Map.of("summary", "Xong"));

        MultiValueMap<String, String> filled = new LinkedMultiValueMap<>(blank);
        filled.set("organizationFounded.enterpriseTaxCode", "0101234567");
        assertThat(read(fields, filled).json()).isEqualTo(Map.of("summary", "Xong",
                "organizationFounded", Map.of("enterpriseTaxCode", "0101234567", "members", 0)));
    }

    @Test
    void indexed_groups_become_list_elements_and_a_group_left_blank_sends_nothing() {
        List<FormField> fields = new java.util.ArrayList<>(List.of(FormField.of("reason", FieldType.TEXTAREA)));
        for (int i = 0; i < 3; i++) {
            fields.add(FormField.of("successors[" + i + "].partyOrganizationId", FieldType.TEXT));
            fields.add(FormField.of("successors[" + i + "].members.official", FieldType.NUMBER));
        }
        fields.add(FormField.of("leaving.official", FieldType.NUMBER));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("reason", "Chia tách");
        form.add("successors[0].partyOrganizationId", "po-1");
        form.add("successors[0].members.official", "2");
        form.add("successors[1].partyOrganizationId", "po-2");
        form.add("successors[1].members.official", "");
        form.add("successors[2].partyOrganizationId", "");
        form.add("successors[2].members.official", " ");

        assertThat(read(fields, form).json()).isEqualTo(Map.of("reason", "Chia tách",
                "successors", List.of(Map.of("partyOrganizationId", "po-1", "members", Map.of("official", 2)),
                        Map.of("partyOrganizationId", "po-2", "members", Map.of("official", 0)))));
        // one label for every row, and a rule about the whole group stands beside its first field
        assertThat(fields.get(3).labelKey()).isEqualTo("field.successors[].partyOrganizationId");
        assertThat(fields.get(7).matches("leaving")).isTrue();
        assertThat(fields.get(2).matches("successors[0].members")).isTrue();
        assertThat(fields.get(4).matches("successors[0].members")).isFalse();
    }

    @Test
    void rows_become_objects_and_a_list_wide_field_fills_each_of_them() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("participants", "hv-01\nhv-02");
        form.add("participants[].unitId", "u1");
        Step enrolment = StepTable.find(TaskKind.TRAINING_COURSE, "enrolments").orElseThrow();

        assertThat(read(enrolment.fields(), form).json()).isEqualTo(Map.of("participants", List.of(
                Map.of("participantRef", "hv-01", "unitId", "u1"), Map.of("participantRef", "hv-02", "unitId", "u1"))));
    }

    @Test
    void row_columns_take_yes_marks_and_choice_labels_in_either_language() {
        MultiValueMap<String, String> results = new LinkedMultiValueMap<>();
        results.add("results", "hv-01; x; x;\nhv-02; có; ;");
        assertThat(read(StepTable.find(TaskKind.TRAINING_COURSE, "results").orElseThrow().fields(), results).json())
                .isEqualTo(Map.of("results", List.of(
                        Map.of("participantRef", "hv-01", "attended", true, "passed", true, "certificateIssued", false),
                        Map.of("participantRef", "hv-02", "attended", true, "passed", false,
                                "certificateIssued", false))));

        MultiValueMap<String, String> decision = new LinkedMultiValueMap<>();
        decision.add("cellCommittee", "dv-1; Bí thư\ndv-2; COMMITTEE_MEMBER");
        assertThat(read(StepTable.find(TaskKind.CELL_ESTABLISHMENT, "establishment-decision").orElseThrow()
                .fields(), decision).json().get("cellCommittee")).isEqualTo(List.of(
                Map.of("memberRef", "dv-1", "post", "SECRETARY"), Map.of("memberRef", "dv-2", "post", "COMMITTEE_MEMBER")));
    }

    @Test
    void what_json_cannot_say_is_refused_before_sending_naming_the_field() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("workers", "nhiều");
        form.add("taxCode", "0101234567");
        FormBody body = read(StepTable.find(TaskKind.SURVEY, "findings").orElseThrow().fields(), form);
        assertThat(body.errors()).containsEntry("workers", "error.number");

        MultiValueMap<String, String> rows = new LinkedMultiValueMap<>();
        rows.add("cellCommittee", "dv-1; Chủ tịch");
        assertThat(read(StepTable.find(TaskKind.CELL_ESTABLISHMENT, "establishment-decision").orElseThrow()
                .fields(), rows).errors()).containsEntry("cellCommittee", "error.rows");
    }

    @Test
    void a_refusal_names_its_field_by_path_by_element_or_by_last_segment() {
        assertThat(FormField.of("task.dueDate", FieldType.DATE).matches("dueDate")).isTrue();
        assertThat(FormField.of("task.dueDate", FieldType.DATE).matches("task.dueDate")).isTrue();
        assertThat(FormField.rows("participants").matches("participants[3].participantRef")).isTrue();
        assertThat(FormField.of("participants[].unitId", FieldType.UNIT).matches("participants[0].unitId")).isTrue();
        assertThat(FormField.of("reason", FieldType.TEXT).matches("lateReason")).isFalse();
        assertThat(FormField.of("member.fullName", FieldType.TEXT).matches("member.fullName")).isTrue();
    }

    private static FormBody read(List<FormField> fields, MultiValueMap<String, String> form) {
        Map<String, List<String>> labels = Map.of("choice.CellCommitteePost.SECRETARY", List.of("Bí thư", "Secretary"));
        return FormBody.read(fields, form, taxCode -> null, key -> labels.getOrDefault(key, List.of()));
    }
}
