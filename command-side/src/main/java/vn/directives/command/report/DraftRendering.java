package vn.directives.command.report;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.directives.command.common.RuleViolation;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The issued document of a draft as the query side renders it (figures and words, with the
 * number and date), in every format, at one version of the draft: the bytes this side hashes
 * and keeps. The JSON comes first and names the version rendered and the issuing body, so every
 * other format is rendered from the same version.
 */
@Component
class DraftRendering {

    /** The rendered files by format, the draft version they were rendered at, and the number's suffix. */
    record Rendered(Map<String, byte[]> files, long version, String numberSuffix) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReportSource source;

    DraftRendering(ReportSource source) {
        this.source = source;
    }

    Rendered render(String draftId, Long version, String number, LocalDate issuedOn) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        byte[] json = fetch(draftId, "json", version, number, issuedOn);
        var document = JSON.readTree(json);
        long rendered = document.path("version").asLong();
        String suffix = document.path("letterhead").path("numberSuffix").asString();
        files.put("json", json);
        if (!"APPROVED".equals(document.path("status").asString())) {
            // the draft refuses to be issued: no need to render the heavier formats for nothing
            return new Rendered(files, rendered, suffix);
        }
        for (String format : ReportDraft.FORMATS.subList(1, ReportDraft.FORMATS.size())) {
            files.put(format, fetch(draftId, format, rendered, number, issuedOn));
        }
        return new Rendered(files, rendered, suffix);
    }

    private byte[] fetch(String draftId, String format, Long version, String number, LocalDate issuedOn) {
        String url = source.queryBaseUrl() + "/api/report-drafts/" + URLEncoder.encode(draftId, StandardCharsets.UTF_8)
                + "/files/" + format + "?number=" + number + "&issuedOn=" + issuedOn
                + (version == null ? "" : "&version=" + version);
        HttpResponse<byte[]> response = source.get(url);
        if (response.statusCode() == 404) {
            throw RuleViolation.refused("unknown-draft", "draftId", "Không có dự thảo báo cáo này.",
                    "There is no such report draft.");
        }
        if (response.statusCode() == 409) {
            throw RuleViolation.refused("stale-version", "If-Match",
                    "Dự thảo đã thay đổi; hãy tải lại rồi ban hành.",
                    "The draft changed since; reload it, then issue.");
        }
        if (response.statusCode() != 200) {
            throw new ReportSourceUnavailable("the query side answered " + response.statusCode());
        }
        return response.body();
    }
}
