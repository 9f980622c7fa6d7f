package vn.directives.query.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.platform.web.RequestRefused;
import vn.directives.query.taskboard.QueryParameters;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Report drafts as they stand (read from their streams, so a draft is never behind its last
 * edit), their documents in every format, and the check of a copy against the issued ones.
 * {@code version} renders a draft as it stood then; the command side issues what it renders.
 */
@RestController
@RequestMapping("/api")
class ReportDraftQueryController {

    private static final Map<String, MediaType> TYPES = Map.of(
            "json", MediaType.APPLICATION_JSON,
            "docx", MediaType.parseMediaType(
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            "xlsx", MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "pdf", MediaType.APPLICATION_PDF);

    private final ReportDrafts drafts;

    ReportDraftQueryController(ReportDrafts drafts) {
        this.drafts = drafts;
    }

    @GetMapping("/report-drafts")
    List<DraftView> list(@RequestParam(required = false) String directiveId) {
        String directive = QueryParameters.text(directiveId);
        if (directive != null && !directive.matches("[A-Za-z0-9._-]{1,100}")) {
            throw RequestRefused.invalid("directiveId", "format", "Mã chỉ thị (directiveId) không hợp lệ.",
                    "The directive id (directiveId) is not valid.");
        }
        return drafts.list(directive);
    }

    @GetMapping("/report-drafts/{draftId}")
    ResponseEntity<DraftView> get(@PathVariable String draftId) {
        DraftView draft = drafts.view(draftId, null);
        return ResponseEntity.ok().eTag("\"" + draft.version() + "\"").body(draft);
    }

    /**
     * The document as it would be issued under {@code number} on {@code issuedOn} (today when not
     * given); an issued report answers the bytes kept at its issue.
     */
    @GetMapping("/report-drafts/{draftId}/files/{format:json|docx|xlsx|pdf}")
    ResponseEntity<byte[]> file(@PathVariable String draftId, @PathVariable String format,
                                @RequestParam(required = false) String number,
                                @RequestParam(required = false) String issuedOn,
                                @RequestParam(required = false) String version) {
        if (!ReportDrafts.FORMATS.contains(format)) {
            throw RequestRefused.invalid("format", "one-of", "Định dạng (format) là json, docx, xlsx hoặc pdf.",
                    "The format is json, docx, xlsx or pdf.");
        }
        String shown = QueryParameters.text(number);
        if (shown != null && !shown.matches("\\d{1,6}")) {
            throw RequestRefused.invalid("number", "format", "Số báo cáo (number) chỉ gồm chữ số, ví dụ 125.",
                    "The report's number (number) is digits only, e.g. 125.");
        }
        LocalDate date = QueryParameters.date("issuedOn", issuedOn);
        Long at = version == null ? null : (long) QueryParameters.integer("version", version, 0, 0, Integer.MAX_VALUE);
        byte[] content = drafts.file(draftId, format, at, shown, date == null ? QueryParameters.today() : date);
        return ResponseEntity.ok()
                .contentType(TYPES.get(format))
                .header("X-Report-SHA256", ReportHash.sha256(content))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bao-cao-" + draftId + "." + format, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /** Whether a copy's SHA-256 (e.g. {@code sha256sum bao-cao.pdf}) is that of an issued report's file. */
    @GetMapping("/issued-reports/verification")
    Verification verify(@RequestParam(required = false) String sha256) {
        String hash = QueryParameters.text(sha256);
        if (hash == null || !hash.matches("[0-9a-fA-F]{64}")) {
            throw RequestRefused.invalid("sha256", "format",
                    "Mã băm (sha256) gồm 64 chữ số thập lục phân.", "The hash (sha256) is 64 hexadecimal digits.");
        }
        return drafts.issuedWithHash(hash.toLowerCase())
                .map(file -> {
                    DraftView draft = drafts.view(file.draftId(), null);
                    return new Verification(true, file.draftId(), file.format(), draft.issued().number() + "-"
                            + draft.issued().numberSuffix(), draft.issued().issuedOn());
                })
                .orElse(new Verification(false, null, null, null, null));
    }

    /** A copy matches an issued report's file exactly, or nothing issued has its hash. */
    record Verification(boolean matches, String draftId, String format, String number, LocalDate issuedOn) {
    }
}
