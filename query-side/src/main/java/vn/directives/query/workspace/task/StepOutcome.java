package vn.directives.query.workspace.task;

import java.util.List;
import java.util.Map;

/**
 * What the command side answered a form: its status, the created task's id (an opening), the
 * event position to read the result at (on a stale {@code If-Match}, the position of the change
 * that made it stale), and on a refusal the problem document's messages.
 */
public record StepOutcome(int status, String id, Long position, Problem problem) {

    public boolean succeeded() {
        return status >= 200 && status < 300;
    }

    boolean stale() {
        return status == 412;
    }

    /** A second click of the same form while the first is still being recorded. */
    boolean stillRecording() {
        return status == 409 && problem != null && problem.type().endsWith("idempotency-key-in-progress");
    }

    /** An RFC 9457 problem document as the command side writes it (Vietnamese first, English beside). */
    public record Problem(String type, String title, String titleEn, String detail, String detailEn,
                   List<FieldProblem> errors) {

        @SuppressWarnings("unchecked")
        static Problem of(Map<String, Object> body) {
            List<Map<String, Object>> errors = body.get("errors") instanceof List<?> list
                    ? (List<Map<String, Object>>) list : List.of();
            return new Problem(text(body, "type"), text(body, "title"), text(body, "title_en"), text(body, "detail"),
                    text(body, "detail_en"), errors.stream().map(error -> new FieldProblem(text(error, "field"),
                    text(error, "message"), text(error, "message_en"))).toList());
        }

        private static String text(Map<String, Object> map, String key) {
            Object value = map.get(key);
            return value == null ? "" : value.toString();
        }
    }

    /** One broken rule, with the field it names (may be empty). */
    public record FieldProblem(String field, String message, String messageEn) {
    }
}
