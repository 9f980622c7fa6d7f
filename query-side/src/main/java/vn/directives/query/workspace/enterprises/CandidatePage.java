package vn.directives.query.workspace.enterprises;

import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import vn.directives.platform.security.Role;
import vn.directives.platform.security.SignedInUser;
import vn.directives.query.memberdevelopment.CandidateListing;
import vn.directives.query.memberdevelopment.CandidateView;
import vn.directives.query.taskboard.QueryParameters;
import vn.directives.query.workspace.PageNotFound;
import vn.directives.query.workspace.task.CommandForm;
import vn.directives.query.workspace.task.CommandForms;
import vn.directives.query.workspace.task.Forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One candidate or member ({@code /enterprises/candidates/{candidateRef}}): where they stand, each
 * step's date, the course, the admitting Party organization and any waiver by name, and the forms
 * of the steps their state calls for. A refused step draws the page again with the command side's
 * message beside its field and nothing changed; an accepted one comes back here at its event
 * position, so the page shows the new state.
 */
@Controller
class CandidatePage {

    private final CandidateListing listing;
    private final CandidateNames names;
    private final CommandForms forms;

    CandidatePage(CandidateListing listing, CandidateNames names, CommandForms forms) {
        this.listing = listing;
        this.names = names;
        this.forms = forms;
    }

    @GetMapping("/enterprises/candidates/{candidateRef}")
    ModelAndView candidate(@PathVariable String candidateRef, Locale locale) {
        CandidateView candidate = find(candidateRef);
        MultiValueMap<String, String> admission = new LinkedMultiValueMap<>();
        List<String> organizations = names.partyOrganizationIds(candidate.enterpriseTaxCode());
        if (organizations.size() == 1) {
            admission.add("partyOrganizationId", organizations.get(0));
        }
        return shown(forms.draw(CandidateForms.path(candidateRef), text(candidate),
                CandidateForms.offered(candidate, roles()), Map.of("admission", admission), context(candidate, locale)),
                candidate);
    }

    @PostMapping("/enterprises/candidates/{candidateRef}")
    ModelAndView step(@PathVariable String candidateRef, @RequestParam String form,
                      @RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        CandidateView candidate = find(candidateRef);
        List<CommandForm> page = new ArrayList<>(CandidateForms.offered(candidate, roles()));
        // a step no longer offered (an older page, another tab) is still forwarded: the command side says why not
        CandidateForms.steps(candidate).stream()
                .filter(step -> step.id().equals(form) && page.stream().noneMatch(shown -> shown.id().equals(form)))
                .forEach(page::add);
        ModelAndView answer = forms.submit(CandidateForms.path(candidateRef), text(candidate), page, form, submitted,
                context(candidate, locale));
        return shown(answer, find(candidateRef));
    }

    private ModelAndView shown(ModelAndView page, CandidateView candidate) {
        if (page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
            return page;
        }
        page.setViewName("enterprises/candidate");
        page.addObject("candidate", candidate);
        page.addObject("courseTitle", names.trainingCourseTitle(candidate.trainingCourseId()));
        page.addObject("organizationName", names.partyOrganizationName(candidate.partyOrganizationId()));
        return page;
    }

    private CandidateView find(String candidateRef) {
        return listing.one(candidateRef).orElseThrow(() -> new PageNotFound("candidate"));
    }

    private static Forms.Context context(CandidateView candidate, Locale locale) {
        return new Forms.Context(QueryParameters.today(), null, locale, candidate.enterpriseTaxCode());
    }

    private static CommandForms.PageText text(CandidateView candidate) {
        return new CommandForms.PageText("candidate.title", null, candidate.candidateRef());
    }

    private static Set<Role> roles() {
        return SignedInUser.current().map(SignedInUser::roles).orElse(Set.of());
    }
}
