package vn.directives.query.workspace;

import tools.jackson.databind.JsonNode;

/**
 * What the command side answered a forwarded command: the status, the ETag of the changed thing
 * (for the next {@code If-Match}), its {@code Location}, the event position to read one's own
 * write at ({@code X-Event-Position}, null if none), and the body — the result, or the problem
 * document of a refusal (its Vietnamese message and the field it names). The body is a missing
 * node when the answer had none.
 */
public record CommandOutcome(int status, String etag, String location, Long eventPosition, JsonNode body) {

    /** 2xx: the command was accepted. */
    public boolean accepted() {
        return status >= 200 && status < 300;
    }
}
