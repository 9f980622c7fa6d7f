package vn.directives.query.workspace.reports;

import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.directives.events.report.ReportBasis;
import vn.directives.query.directive.DirectiveSummary;
import vn.directives.query.directive.DirectiveSummaryRepository;
import vn.directives.query.report.DraftView;
import vn.directives.query.report.ReportDrafts;
import vn.directives.query.taskboard.QueryParameters;
import vn.directives.query.workspace.CommandOutcome;
import vn.directives.query.workspace.CommandSide;
import vn.directives.query.workspace.Dates;
import vn.directives.query.workspace.PageNotFound;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports page: choose a directive, a period and a basis and preview the figures (beside the
 * same period last year, and on the corrected basis the figures that differ from the report as
 * recorded); begin a draft; the drafts and the issued reports with their hashes; check a copy.
 * One draft's page writes its sections, moves it through review and issues it; every change goes
 * to the command side as the signed-in user, which decides.
 */
@Controller
class ReportPages {

    private final ReportDrafts drafts;
    private final DirectiveSummaryRepository directives;
    private final CommandSide commands;

    ReportPages(ReportDrafts drafts, DirectiveSummaryRepository directives, CommandSide commands) {
        this.drafts = drafts;
        this.directives = directives;
        this.commands = commands;
    }

    /** The preview form: a directive, a period (both days included) and a basis. */
    record Choice(String directiveId, String from, String to, String basis) {

        LocalDate fromDate() {
            return QueryParameters.date("from", from);
        }

        LocalDate toDate() {
            return QueryParameters.date("to", to);
        }

        ReportBasis chosenBasis() {
            ReportBasis chosen = QueryParameters.oneOf("basis", basis, ReportBasis.class);
            return chosen == null ? ReportBasis.AS_RECORDED : chosen;
        }

        boolean complete() {
            return QueryParameters.text(directiveId) != null && fromDate() != null && toDate() != null;
        }
    }

    @GetMapping("/reports")
    String index(@ModelAttribute("choice") Choice choice, Model model) {
        model.addAttribute("directives", directives.findAll(Sort.by("issuedOn").descending()).stream()
                .map(DirectiveSummary::toView).toList());
        if (choice.complete() && !choice.fromDate().isAfter(choice.toDate())) {
            model.addAttribute("preview", drafts.preview(choice.directiveId(), choice.fromDate(), choice.toDate(),
                    choice.chosenBasis()));
        }
        List<DraftView> all = drafts.list(null);
        model.addAttribute("drafts", all.stream().filter(d -> d.issued() == null).toList());
        model.addAttribute("issued", all.stream().filter(d -> d.issued() != null).toList());
        return "reports/index";
    }

    @PostMapping("/reports/drafts")
    String create(@ModelAttribute Choice choice, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("directiveId", choice.directiveId());
        body.put("from", Dates.iso(choice.from()));
        body.put("to", Dates.iso(choice.to()));
        body.put("basis", choice.chosenBasis().name());
        CommandOutcome outcome = commands.send("/api/report-drafts", body, null, null);
        if (!outcome.accepted()) {
            redirect.addFlashAttribute("problem", problem(outcome));
            return "redirect:/reports";
        }
        return "redirect:/reports/drafts/" + outcome.body().path("id").asString();
    }

    @GetMapping("/reports/drafts/{id}")
    String draft(@PathVariable String id, Model model) {
        DraftView draft = view(id);
        model.addAttribute("draft", draft);
        model.addAttribute("document", drafts.document(draft, null, null));
        return "reports/draft";
    }

    @GetMapping("/reports/drafts/{id}/files/{format:json|docx|xlsx|pdf}")
    ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String format) {
        view(id);
        byte[] content = drafts.file(id, format, null, null, QueryParameters.today());
        MediaType type = switch (format) {
            case "json" -> MediaType.APPLICATION_JSON;
            case "pdf" -> MediaType.APPLICATION_PDF;
            default -> MediaType.APPLICATION_OCTET_STREAM;
        };
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bao-cao-" + id + "." + format, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    /** One change of a draft: the step's name in the command side's path, the form's fields as its body. */
    @PostMapping("/reports/drafts/{id}/{step:sections|addressing|figures|submission|return|approval|issue}")
    String step(@PathVariable String id, @PathVariable String step, @RequestParam Map<String, String> form,
                RedirectAttributes redirect) {
        String version = form.get("version");
        CommandOutcome outcome = commands.send("/api/report-drafts/" + id + "/" + step, body(step, form),
                version == null ? null : "\"" + version + "\"", null);
        if (!outcome.accepted()) {
            redirect.addFlashAttribute("problem", problem(outcome));
        } else {
            redirect.addFlashAttribute("done", step);
        }
        return "redirect:/reports/drafts/" + id;
    }

    /** A copy, uploaded or named by its SHA-256, checked against the files kept at each issue. */
    @PostMapping("/reports/verification")
    String verify(@RequestParam(required = false) MultipartFile copy, @RequestParam(required = false) String sha256,
                  RedirectAttributes redirect) throws IOException {
        String hash = copy != null && !copy.isEmpty() ? sha256(copy.getBytes())
                : sha256 == null ? "" : sha256.strip().toLowerCase();
        if (!hash.matches("[0-9a-f]{64}")) {
            redirect.addFlashAttribute("verification", Map.of("hash", hash, "matches", false, "invalid", true));
            return "redirect:/reports#verification";
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("hash", hash);
        drafts.issuedWithHash(hash).ifPresentOrElse(file -> {
            DraftView draft = drafts.view(file.draftId(), null);
            result.put("matches", true);
            result.put("format", file.format());
            result.put("draftId", file.draftId());
            result.put("number", draft.issued().number() + "-" + draft.issued().numberSuffix());
        }, () -> result.put("matches", false));
        redirect.addFlashAttribute("verification", result);
        return "redirect:/reports#verification";
    }

    private DraftView view(String id) {
        if (!id.matches("[A-Za-z0-9._-]{1,100}")) {
            throw new PageNotFound("report-draft");
        }
        try {
            return drafts.view(id, null);
        } catch (vn.directives.platform.web.RequestRefused e) {
            throw new PageNotFound("report-draft");
        }
    }

    private static Object body(String step, Map<String, String> form) {
        return switch (step) {
            case "sections" -> Map.of("section", form.getOrDefault("section", ""), "text", form.getOrDefault("text", ""));
            case "addressing" -> Map.of("recipients", Arrays.stream(form.getOrDefault("recipients", "").split("\\R"))
                            .map(String::strip).filter(line -> !line.isEmpty()).toList(),
                    "signatureForm", form.getOrDefault("signatureForm", ""),
                    "signatoryTitle", form.getOrDefault("signatoryTitle", ""),
                    "signatoryName", form.getOrDefault("signatoryName", ""));
            case "return" -> Map.of("comments", form.getOrDefault("comments", ""));
            case "issue" -> issue(form);
            default -> Map.of();
        };
    }

    private static Map<String, Object> issue(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("number", form.getOrDefault("number", ""));
        String on = Dates.iso(form.get("issuedOn"));
        if (on != null) {
            body.put("issuedOn", on);
        }
        return body;
    }

    /** The command side's refusal as the user reads it: its detail (in the user's language). */
    private static String problem(CommandOutcome outcome) {
        String detail = outcome.body().path("detail").asString("");
        return detail.isBlank() ? "HTTP " + outcome.status() : detail;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
