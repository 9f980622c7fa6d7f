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
