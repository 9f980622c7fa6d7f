package vn.directives.query.workspace;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/** A workspace form for tests only: registers a unit through {@link CommandSide}, as a page would. */
@RestController
public class UnitsFromTheWorkspace {

    private final CommandSide commandSide;

    UnitsFromTheWorkspace(CommandSide commandSide) {
        this.commandSide = commandSide;
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
