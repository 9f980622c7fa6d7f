package vn.directives.query.workspace.enterprises;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.directives.query.memberdevelopment.CandidateListing;
import vn.directives.query.taskboard.QueryParameters;

import java.util.List;

/**
 * Member development in the enterprises (phát triển đảng viên): the probationary members whose
 * recognition as official falls due within a month (overdue ones first), then the candidates and
 * probationary members, each with their next step; narrowed to one enterprise by its tax code.
 */
@Controller
class CandidatesPage {

    /** How far ahead the "coming due" list looks. */
    private static final int DUE_WITHIN_DAYS = 30;

    private final CandidateListing listing;

    CandidatesPage(CandidateListing listing) {
        this.listing = listing;
    }

    @GetMapping("/enterprises/candidates")
    String candidates(@RequestParam(required = false) String enterprise, Model model) {
        String taxCode = QueryParameters.text(enterprise);
        var today = QueryParameters.today();
        model.addAttribute("enterprise", taxCode);
        model.addAttribute("dueBy", today.plusDays(DUE_WITHIN_DAYS));
        model.addAttribute("due", listing.list(new CandidateListing.Filter(taxCode, null, null,
                today.plusDays(DUE_WITHIN_DAYS))));
        model.addAttribute("candidates", listing.list(new CandidateListing.Filter(taxCode,
                List.of(CandidateListing.Status.CANDIDATE, CandidateListing.Status.PROBATIONARY), null, null)));
        return "enterprises/candidates";
    }
}
