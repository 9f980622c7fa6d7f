package vn.directives.query.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * Sends a workspace page's command to the command side's REST API as the signed-in user: the
 * request carries the id of the user's session (kept in PostgreSQL, which the command side reads
 * too) in {@code X-Auth-Token}, and the language of the page in {@code Accept-Language}. The command side thus
 * authenticates the same person, records them as the actor, and applies its own rules; nothing
 * here decides who may do what. Answers, refusals included, come back as a {@link CommandOutcome}.
 */
@Component
public class CommandSide {

    private static final Logger LOG = LoggerFactory.getLogger(CommandSide.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    static final String SESSION_HEADER = vn.directives.platform.security.ApiSecurity.WORKSPACE_SESSION_HEADER;

    private final RestClient http;
    private final JsonMapper json;
    private final HttpServletRequest request;

    CommandSide(@Value("${directives.workspace.command-side-url:http://localhost:8081}") String baseUrl,
                @Value("${directives.workspace.command-timeout:120s}") Duration timeout,
                JsonMapper json, HttpServletRequest request) {
        // bounded: a command side that accepts the connection and never answers must not hold the page forever
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
        requests.setReadTimeout(timeout);
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(requests).build();
        this.json = json;
        this.request = request;
    }

    /**
     * POSTs {@code jsonBody} (serialized as JSON; null for none) to {@code path} of the command
     * side, with {@code If-Match} and {@code Idempotency-Key} when given (null otherwise).
     *
     * @throws NotSignedIn if the current request has no session (nobody signed in)
     */
    public CommandOutcome send(String path, Object jsonBody, String ifMatch, String idempotencyKey) {
        RestClient.RequestBodySpec call = prepared(path, ifMatch, idempotencyKey);
        if (jsonBody != null) {
            call.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(jsonBody));
        }
        return exchange(call);
    }

    /**
     * POSTs a file as the multipart part {@code file} (an attachment) to {@code path} of the command
     * side. No idempotency key: the command side keeps keyed requests up to 1 MB only.
     *
     * @throws NotSignedIn if the current request has no session (nobody signed in)
     */
    public CommandOutcome upload(String path, String fileName, byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return exchange(prepared(path, null, null).contentType(MediaType.MULTIPART_FORM_DATA).body(parts));
    }

    /** GETs a setting of the signed-in user's that the command side keeps (their notification preferences). */
    public CommandOutcome read(String path) {
        return exchange(prepared(HttpMethod.GET, path, null, null));
    }

    /** PUTs {@code jsonBody} to {@code path}: replaces a setting of the signed-in user's. */
    public CommandOutcome replace(String path, Object jsonBody) {
        return exchange(prepared(HttpMethod.PUT, path, null, null).contentType(MediaType.APPLICATION_JSON)
                .body(json.writeValueAsString(jsonBody)));
    }

    /** POSTs a file as it was uploaded (an enterprise list), its bytes the body. */
    public CommandOutcome sendFile(String path, byte[] file) {
        return exchange(prepared(path, null, null).contentType(MediaType.APPLICATION_OCTET_STREAM).body(file));
    }

    /**
     * POSTs to start a job (an import), asking to be answered at once ({@code Prefer: respond-async}):
     * the file as the body, or none. The answer names the job, whose progress is read with {@link #read}.
     */
    public CommandOutcome startJob(String path, byte[] file) {
        RestClient.RequestBodySpec call = prepared(path, null, null).header("Prefer", "respond-async");
        if (file != null) {
            call.contentType(MediaType.APPLICATION_OCTET_STREAM).body(file);
        }
        return exchange(call);
    }

    /** GETs a file the command side makes (a report as a spreadsheet): its bytes, or null when it is refused. */
    public byte[] download(String path) {
        try {
            return prepared(HttpMethod.GET, path, null, null).accept(MediaType.ALL)
                    .exchange((sent, answer) -> answer.getStatusCode().is2xxSuccessful()
                            ? answer.getBody().readAllBytes() : null);
        } catch (ResourceAccessException e) {
            throw new Unavailable(e);
        }
    }

    private RestClient.RequestBodySpec prepared(String path, String ifMatch, String idempotencyKey) {
        return prepared(HttpMethod.POST, path, ifMatch, idempotencyKey);
    }

    private RestClient.RequestBodySpec prepared(HttpMethod method, String path, String ifMatch,
                                                String idempotencyKey) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            throw new NotSignedIn();
        }
        RestClient.RequestBodySpec call = http.method(method).uri(path)
                .header(SESSION_HEADER, session.getId())
                .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
        // the language the page speaks (the workspace's choice, Vietnamese by default), not the browser's
        call.header(HttpHeaders.ACCEPT_LANGUAGE,
                "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "vi");
        if (ifMatch != null) {
            call.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        if (idempotencyKey != null) {
            call.header("Idempotency-Key", idempotencyKey);
        }
        return call;
    }

    private CommandOutcome exchange(RestClient.RequestBodySpec call) {
        try {
            return answer(call);
        } catch (ResourceAccessException e) {
            // the cause's type only: its message may quote the address, never anything personal, but keep it short
            LOG.warn("The command side could not be reached ({}); the page answers 503",
                    e.getCause() == null ? e.getClass().getSimpleName() : e.getCause().getClass().getSimpleName());
            throw new Unavailable(e);
        }
    }

    private CommandOutcome answer(RestClient.RequestBodySpec call) {
        return call.exchange((sent, answer) -> {
            HttpHeaders headers = answer.getHeaders();
            byte[] bytes = answer.getBody().readAllBytes();
            JsonNode body = bytes.length == 0 ? MissingNode.getInstance() : json.readTree(bytes);
            String position = headers.getFirst("X-Event-Position");
            return new CommandOutcome(answer.getStatusCode().value(), headers.getETag(),
                    headers.getFirst(HttpHeaders.LOCATION), position == null ? null : Long.valueOf(position), body);
        });
    }

    /**
     * The command side did not answer (down, unreachable, or too slow): nothing was recorded, and the
     * page says so with a 503 (see {@code WorkspaceErrors}).
     */
    public static final class Unavailable extends RuntimeException {
        Unavailable(Throwable cause) {
            super("the command side could not be reached", cause);
        }
    }

    /** A command was to be sent outside a signed-in session. */
    public static final class NotSignedIn extends RuntimeException {
        NotSignedIn() {
            super("no signed-in session to send the command in");
        }
    }
}
