package vn.directives.query.workspace;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** A workspace form for tests only: registers a unit through {@link CommandSide}, as a page would. */
@RestController
public class UnitsFromTheWorkspace {

    private final CommandSide commandSide;
    private final JsonMapper json;
    private final HttpServletRequest request;

    UnitsFromTheWorkspace(CommandSide commandSide, JsonMapper json, HttpServletRequest request) {
        this.commandSide = commandSide;
        this.json = json;
        this.request = request;
    }

    /** The same form sent to a command side that is not there (a port just closed): the page's answer. */
    @PostMapping("/test-workspace/units-while-the-command-side-is-down")
    Map<String, Object> registerWhileDown(@RequestParam String name) throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        new CommandSide("http://127.0.0.1:" + closed, Duration.ofSeconds(5), json, request)
                .send("/api/units", Map.of("name", name), null, null);
        throw new AssertionError("a command side that is not there cannot answer");
    }

    @PostMapping("/test-workspace/units")
    Map<String, Object> register(@RequestParam String name, @RequestParam(required = false) String key) {
        CommandOutcome outcome = commandSide.send("/api/units", Map.of("name", name,
                "kind", "PARTY_COMMITTEE_OF_AGENCIES_AND_ENTERPRISES", "effectiveOn", "2020-01-01"), null, key);
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("status", outcome.status());
        shown.put("etag", outcome.etag());
        shown.put("location", outcome.location());
        shown.put("eventPosition", outcome.eventPosition());
        shown.put("body", outcome.body());
        return shown;
    }
}
