package vn.directives.query.workspace.audit;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.directives.query.audit.AuditCsv;
import vn.directives.query.audit.AuditEntry;
import vn.directives.query.audit.AuditTrail;
import vn.directives.platform.web.RequestRefused;
import vn.directives.query.taskboard.QueryParameters;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The inspectors' audit search: what a user did, what was done to a task or within a unit, in a
 * period, and the refused attempts; each list also as CSV. The hash-chain verification of the
 * event store is the command side's and is not shown here.
 */
@Controller
class AuditPage {

    static final int SHOWN = 500;

    private final AuditTrail trail;

    AuditPage(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/audit")
    String search(@ModelAttribute("search") AuditSearch search, Model model) {
        AuditTrail.Window window = search.window(SHOWN);
        if (search.by() != null) {
            model.addAttribute("entries", entries(search, window));
        }
        model.addAttribute("refusals", trail.refusals(search.refusalsOf(), window));
        return "audit/search";
    }

    @GetMapping("/audit/export")
    void export(@ModelAttribute AuditSearch search, HttpServletResponse response) throws IOException {
        AuditTrail.Window window = search.window(10_000);
        byte[] csv = search.by() == null ? AuditCsv.refusals(trail.refusals(search.refusalsOf(), window))
                : AuditCsv.entries(entries(search, window));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(search.by() == null ? "kiem-tra-tu-choi.csv" : "kiem-tra-" + search.by() + ".csv")
                .build().toString());
        response.getOutputStream().write(csv);
    }

    private List<AuditEntry> entries(AuditSearch search, AuditTrail.Window window) {
        return switch (search.by()) {
            case "user" -> trail.byUser(search.value(), window);
            case "task" -> trail.byTask(search.value(), window);
            default -> trail.byUnit(search.value(), window);
        };
    }

    /**
     * The search form: by {@code user}, {@code task} or {@code unit} with its id in {@code id}, in
     * the period {@code from}–{@code to} (both included; open ends when left out).
     */
    record AuditSearch(String kind, String id, String from, String to) {

        String by() {
            String value = QueryParameters.text(id);
            if (value == null) {
                return null;
            }
            String chosen = QueryParameters.text(kind);
            if (chosen == null || !List.of("user", "task", "unit").contains(chosen)) {
                throw RequestRefused.invalid("kind", "one-of", "Hãy chọn tìm theo người dùng, nhiệm vụ hoặc đơn vị.",
                        "Choose to search by user, task or unit.");
            }
            return chosen;
        }

        String value() {
            return QueryParameters.text(id);
        }

        /** Refusals of the user searched for, else everyone's. */
        String refusalsOf() {
            return "user".equals(by()) ? value() : null;
        }

        AuditTrail.Window window(int limit) {
            LocalDate start = QueryParameters.date("from", from);
            LocalDate end = QueryParameters.date("to", to);
            start = start == null ? LocalDate.of(2000, 1, 1) : start;
            end = end == null ? LocalDate.of(2100, 1, 1) : end;
            if (end.isBefore(start)) {
                throw RequestRefused.invalid("to", "before-from", "Ngày kết thúc đứng trước ngày bắt đầu.",
                        "The end date is before the start date.");
            }
            return new AuditTrail.Window(start.atStartOfDay(AuditTrail.VIETNAM).toInstant(),
                    end.plusDays(1).atStartOfDay(AuditTrail.VIETNAM).toInstant(), 0, limit);
        }
    }
}
