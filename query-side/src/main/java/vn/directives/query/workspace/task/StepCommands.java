package vn.directives.query.workspace.task;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import java.util.Map;

/**
 * Sends a form's command to the command side as the signed-in user, with {@code If-Match} and
 * {@code Idempotency-Key}, and reads its answer. Temporary: forwards the request's credentials.
 */
@Component
class StepCommands {

    private final RestClient client;

    StepCommands(@Value("${directives.workspace.command-side-url:http://localhost:8081}") String commandSide) {
        this.client = RestClient.builder().baseUrl(commandSide).build();
    }

    @SuppressWarnings("unchecked")
    StepOutcome send(String path, Map<String, Object> body, String ifMatch, String idempotencyKey,
                     HttpServletRequest request) {
        return client.post().uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (ifMatch != null) {
                        headers.setIfMatch(ifMatch);
                    }
                    headers.set("Idempotency-Key", idempotencyKey);
                    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .body(body)
                .exchange((req, res) -> {
                    Map<String, Object> answer = res.getBody().available() >= 0
                            ? res.bodyTo(Map.class) : null;
                    int status = res.getStatusCode().value();
                    if (status >= 200 && status < 300) {
                        Object position = answer == null ? null : answer.get("position");
                        Object id = answer == null ? null : answer.get("id");
                        return new StepOutcome(status, id == null ? null : id.toString(),
                                position == null ? null : Long.valueOf(position.toString()), null);
                    }
                    return new StepOutcome(status, null, null,
                            StepOutcome.Problem.of(answer == null ? Map.of() : answer));
                });
    }
}
