package vn.directives.command.discussion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the discussion endpoints; an attachment is a multipart upload instead. */
final class DiscussionRequests {

    static final int MAX_TEXT = 4000;

    private DiscussionRequests() {
    }

    record Comment(@NotBlank @Size(max = MAX_TEXT) String text) {
    }

    record Urging(@NotBlank @Size(max = MAX_TEXT) String message) {
    }
}
