package vn.directives.command.report;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.common.RuleViolation;
import vn.directives.platform.security.ApiSecurity;
import vn.directives.events.report.ReportBasis;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * Fetches a report's JSON from the query side, which folds it from the event history, and hashes
 * the exact bytes: the hash an issued report records is the hash of what anyone can fetch again.
 */
@Component
class ReportSource {

    /** The bytes' SHA-256 in hex, and the history position a corrected report was built on (null as recorded). */
    record Fetched(String sha256, Long historyPosition, URI location) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String queryBaseUrl;
    private final Duration timeout;
    private final HttpServletRequest request;

    ReportSource(@Value("${directives.query-side.base-url}") String queryBaseUrl,
                 @Value("${directives.report.fetch-timeout:60s}") Duration timeout, HttpServletRequest request) {
        this.queryBaseUrl = queryBaseUrl;
        this.timeout = timeout;
        this.request = request;
    }

    String queryBaseUrl() {
        return queryBaseUrl;
    }

    Fetched fetch(String directiveId, LocalDate cutOff, ReportBasis basis) {
        String report = queryBaseUrl + "/api/directives/" + URLEncoder.encode(directiveId, StandardCharsets.UTF_8)
                + "/report?cutOff=" + cutOff + "&basis=" + basis.name();
        HttpResponse<byte[]> response = get(report);
        if (response.statusCode() == 404) {
            throw RuleViolation.refused("unknown-directive", "directiveId",
                    "Không có chỉ thị này trong số liệu đến ngày chốt.",
                    "The directive is not in the history up to the cut-off.");
        }
        if (response.statusCode() != 200) {
            throw new ReportSourceUnavailable("the query side answered " + response.statusCode());
        }
        byte[] json = response.body();
        JsonNode position = JSON.readTree(json).path("historyPosition");
        Long historyPosition = position.isNumber() ? position.asLong() : null;
        URI location = URI.create(historyPosition == null ? report : report + "&historyPosition=" + historyPosition);
        return new Fetched(sha256(json), historyPosition, location);
    }

    /** GET on the query side as the user of this request; 503 problem when it cannot be reached. */
    HttpResponse<byte[]> get(String url) {
        try {
            HttpRequest.Builder fetch = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET();
            // the query side reads as the user who issues the report: Basic or bearer, whichever they
            // signed in with, or the workspace session the workspace forwarded their command in
            String authorization = request.getHeader("Authorization");
            String session = request.getHeader(ApiSecurity.WORKSPACE_SESSION_HEADER);
            if (authorization != null) {
                fetch.header("Authorization", authorization);
            } else if (session != null) {
                fetch.header(ApiSecurity.WORKSPACE_SESSION_HEADER, session);
            }
            return http.send(fetch.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ReportSourceUnavailable(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportSourceUnavailable("interrupted");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
