package vn.directives.query.workspace.task;

import java.util.List;

/**
 * A form as a template draws it: where it posts, the version it was drawn at (sent back as
 * {@code If-Match}), a fresh idempotency key (so that a double click records once), its fields
 * and what was wrong with the last attempt.
 */
public record FormView(String id, String label, String hint, String action, String etag, String idempotencyKey,
                List<FieldView> fields, List<String> generalErrors, boolean attempted) {

    boolean hasErrors() {
        return !generalErrors.isEmpty() || fields.stream().anyMatch(field -> field.error() != null);
    }

    /** One field: its control, label, the value to show again, its choices and its error. */
    public record FieldView(FormField field, String label, String hint, String value, List<String> values,
                     List<Pickers.Option> options, String error) {

        /** Public, like the accessors, for the templates' expressions. */
        public String id() {
            return field.controlId();
        }

        public String type() {
            return field.type().name();
        }

        public boolean selected(String option) {
            return values.contains(option);
        }
    }

    /** An entry of the error summary at the top of the page: the message and the control it links to. */
    public record SummaryLink(String href, String message) {
    }
}
