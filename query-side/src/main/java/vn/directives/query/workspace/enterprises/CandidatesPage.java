package vn.directives.query.workspace.enterprises;

import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.directives.platform.security.Role;
import vn.directives.platform.security.SignedInUser;
import vn.directives.query.memberdevelopment.CandidateListing;
import vn.directives.query.taskboard.QueryParameters;
import vn.directives.query.workspace.task.CommandForm;
import vn.directives.query.workspace.task.CommandForms;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Member development in the enterprises (phát triển đảng viên): the probationary members whose
 * recognition as official falls due within a month (overdue ones first), then the candidates and
 * probationary members, each with their next step and a link to their page where the steps are
 * taken; narrowed to one enterprise by its tax code. The Organization Committee and the units'
 * officers register a candidate here (forwarded to the command side as the signed-in user).
 */
@Controller
class CandidatesPage {

    /** How far ahead the "coming due" list looks. */
    private static final int DUE_WITHIN_DAYS = 30;
    private static final String PATH = "/enterprises/candidates";
    private static final CommandForms.PageText TEXT = new CommandForms.PageText("candidates.title", null, null);

    private final CandidateListing listing;
    private final CommandForms forms;

    CandidatesPage(CandidateListing listing, CommandForms forms) {
        this.listing = listing;
        this.forms = forms;
    }

    @GetMapping(PATH)
    ModelAndView candidates(@RequestParam(required = false) String enterprise, Locale locale) {
        String taxCode = QueryParameters.text(enterprise);
        MultiValueMap<String, String> defaults = new LinkedMultiValueMap<>();
        if (taxCode != null) {
            defaults.add("enterpriseTaxCode", taxCode);
        }
        return listed(forms.draw(PATH, TEXT, registration(), Map.of(CandidateForms.REGISTRATION, defaults),
                QueryParameters.today(), locale), taxCode);
    }

    @PostMapping(PATH)
    ModelAndView register(@RequestParam String form, @RequestParam MultiValueMap<String, String> submitted,
                          Locale locale) {
        // refused, the lists are those of the enterprise the candidate was being registered for
        return listed(forms.submit(PATH, TEXT, registration(), form, submitted, QueryParameters.today(), locale),
                QueryParameters.text(submitted.getFirst("enterpriseTaxCode")));
    }

    /** The lists under the form; an accepted registration goes on to the person's page instead. */
    private ModelAndView listed(ModelAndView page, String taxCode) {
        if (page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
            return page;
        }
        var today = QueryParameters.today();
        page.setViewName("enterprises/candidates");
        page.addObject("enterprise", taxCode);
        page.addObject("dueBy", today.plusDays(DUE_WITHIN_DAYS));
        page.addObject("due", listing.list(new CandidateListing.Filter(taxCode, null, null,
                today.plusDays(DUE_WITHIN_DAYS))));
        page.addObject("candidates", listing.list(new CandidateListing.Filter(taxCode,
                List.of(CandidateListing.Status.CANDIDATE, CandidateListing.Status.PROBATIONARY), null, null)));
        return page;
    }

    private static List<CommandForm> registration() {
        Set<Role> roles = SignedInUser.current().map(SignedInUser::roles).orElse(Set.of());
        return CandidateForms.mayRegister(roles) ? List.of(CandidateForms.registration()) : List.of();
    }
}
