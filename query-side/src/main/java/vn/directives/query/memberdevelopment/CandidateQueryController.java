package vn.directives.query.memberdevelopment;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.events.memberdevelopment.CandidateCategory;
import vn.directives.platform.web.RequestRefused;

import java.time.LocalDate;
import java.util.List;

/**
 * Candidates and members by enterprise, status and category, and the probationary members whose
 * recognition as official is due by a date (sắp đến hạn công nhận chính thức). Persons appear by
 * their pseudonymous reference only.
 */
@RestController
class CandidateQueryController {

    private final CandidateListing listing;

    CandidateQueryController(CandidateListing listing) {
        this.listing = listing;
    }

    /**
     * {@code recognitionDueBy}: only probationary members whose twelve months end on or before that
     * date (overdue ones included), soonest first.
     */
    @GetMapping("/api/candidates")
    List<CandidateView> list(@RequestParam(required = false) String enterprise,
                             @RequestParam(required = false) CandidateListing.Status status,
                             @RequestParam(required = false) CandidateCategory category,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                             LocalDate recognitionDueBy) {
        return listing.list(new CandidateListing.Filter(enterprise, status == null ? null : List.of(status), category,
                recognitionDueBy));
    }

    @GetMapping("/api/candidates/{candidateRef}")
    CandidateView one(@PathVariable String candidateRef) {
        return listing.one(candidateRef).orElseThrow(() -> RequestRefused.notFound(
                "Không có quần chúng hay đảng viên mã " + candidateRef + ".",
                "No candidate or member has reference " + candidateRef + "."));
    }
}
