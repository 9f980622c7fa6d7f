package vn.directives.query.workspace.enterprises;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import vn.directives.platform.security.Role;
import vn.directives.platform.security.SignedInUser;
import org.springframework.web.util.UriUtils;
import vn.directives.query.enterprise.EnterpriseDetail;
import vn.directives.query.enterprise.EnterpriseDetails;
import vn.directives.query.workspace.task.CommandForms;
import vn.directives.query.workspace.task.FormView;
import vn.directives.query.workspace.task.Forms;
import vn.directives.query.taskboard.QueryParameters;
import vn.directives.query.workspace.CommandOutcome;
import vn.directives.query.workspace.Dates;
import vn.directives.query.workspace.CommandSide;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One enterprise of the registry at a date (its registry facts beside what the latest survey
 * found, its socio-political and Party organizations), and the Organization Committee's forms:
 * register an enterprise, change its facts, record that it ceased; and the forms of its Party
 * organization ({@link PartyOrganizationForms}). The command side decides; a refusal comes back on the
 * same form with its fields named.
 */
@Controller
class EnterprisePages {

    private static final String[] PROFILE = {"name", "address", "communeUnitId", "zone", "ownership", "workers",
            "status", "effectiveOn"};

    private final EnterpriseDetails details;
    private final CommandSide commands;
    private final CommunePicker communes;
    private final MessageSource labels;
    private final CommandForms forms;
    private final PartyOrganizationForms partyOrganizationForms;

    EnterprisePages(EnterpriseDetails details, CommandSide commands, CommunePicker communes, MessageSource labels,
                    CommandForms forms, PartyOrganizationForms partyOrganizationForms) {
        this.details = details;
        this.commands = commands;
        this.communes = communes;
        this.labels = labels;
        this.forms = forms;
        this.partyOrganizationForms = partyOrganizationForms;
    }

    @GetMapping("/enterprises/new")
    ModelAndView registration() {
        requireOrganizationCommittee();
        return form("enterprises/new", new LinkedHashMap<>(), null, HttpStatus.OK);
    }

    @PostMapping("/enterprises/new")
    ModelAndView register(@RequestParam MultiValueMap<String, String> form) {
        requireOrganizationCommittee();
        Map<String, Object> body = profile(form);
        body.put("taxCode", form.getFirst("taxCode"));
        CommandOutcome outcome = commands.send("/api/enterprises", body, null, null);
        if (outcome.accepted()) {
            return redirect(form.getFirst("taxCode").strip(), outcome);
        }
        return form("enterprises/new", form.toSingleValueMap(), outcome, HttpStatus.valueOf(outcome.status()));
    }

    @GetMapping("/enterprises/{taxCode}")
    ModelAndView enterprise(@PathVariable String taxCode, @RequestParam(required = false) String at, Locale locale) {
        ModelAndView page = page(taxCode, at, null, null, HttpStatus.OK);
        EnterpriseDetail shown = (EnterpriseDetail) page.getModel().get("e");
        if (at == null && shown.partyOrganization() != null && PartyOrganizationForms.mayChange(roles())) {
            String organizationId = shown.partyOrganization().id();
            ModelAndView drawn = forms.drawVersioned(partyOrganizationPath(taxCode, organizationId), PARTY_TEXT,
                    PartyOrganizationForms.of(taxCode, organizationId),
                    PartyOrganizationForms.initialValues(shown.partyOrganization().kind() == null ? null
                            : shown.partyOrganization().kind().code()),
                    context(taxCode, locale),
                    partyOrganizationForms.version(organizationId));
            withPartyForms(page, drawn, true);
        }
        return page;
    }

    /**
     * A form of the enterprise's Party organization (exit, re-affiliation, merger, dissolution), forwarded as the signed-in
     * user with the version the page was drawn at: accepted, back to the page at the change's position;
     * refused, the page again with the message beside the field; stale (412), the page as it is now with
     * the form kept as typed.
     */
    @PostMapping("/enterprises/{taxCode}/party-organizations/{partyOrganizationId}")
    ModelAndView partyOrganizationStep(@PathVariable String taxCode, @PathVariable String partyOrganizationId,
                                       @RequestParam String form, @RequestParam MultiValueMap<String, String> submitted,
                                       Locale locale) {
        MultiValueMap<String, String> typed = "dissolution".equals(form)
                ? PartyOrganizationForms.successorsInOrder(submitted) : submitted;
        ModelAndView answer = forms.submitVersioned(partyOrganizationPath(taxCode, partyOrganizationId), PARTY_TEXT,
                PartyOrganizationForms.of(taxCode, partyOrganizationId), form, typed, context(taxCode, locale),
                () -> partyOrganizationForms.version(partyOrganizationId));
        if (answer.getViewName() != null && answer.getViewName().startsWith("redirect:")) {
            return answer;
        }
        ModelAndView page = page(taxCode, null, null, null, answer.getStatus() == null ? HttpStatus.OK
                : HttpStatus.valueOf(answer.getStatus().value()));
        EnterpriseDetail shown = (EnterpriseDetail) page.getModel().get("e");
        // the forms stay beside the organization they change while it is the one shown and the user may change it
        withPartyForms(page, answer, shown.partyOrganization() != null
                && shown.partyOrganization().id().equals(partyOrganizationId) && PartyOrganizationForms.mayChange(roles()));
        return page;
    }

    /**
     * The address a form was posted to, opened again (reloaded, or a second click while the first was
     * being recorded): the enterprise's page, as it is now.
     */
    @GetMapping("/enterprises/{taxCode}/party-organizations/{partyOrganizationId}")
    ModelAndView partyOrganizationPage(@PathVariable String taxCode, Locale locale) {
        return enterprise(taxCode, null, locale);
    }

    private static void withPartyForms(ModelAndView page, ModelAndView drawn, boolean shown) {
        @SuppressWarnings("unchecked")
        List<FormView> drawnForms = (List<FormView>) drawn.getModel().get("forms");
        if (shown) {
            page.addObject("partyForms", drawnForms);
            page.addObject("errorSummary", drawn.getModel().get("errorSummary"));
        } else {
            // not shown (closed meanwhile, or not for this user): what the command side said goes to the top
            page.addObject("errorSummary", drawnForms.stream().filter(FormView::attempted)
                    .flatMap(attempted -> Forms.summary(attempted).stream()).toList());
        }
        page.addObject("notice", drawn.getModel().get("notice"));
    }

    private static final CommandForms.PageText PARTY_TEXT = new CommandForms.PageText("enterprise.party", null, null);

    private static String partyOrganizationPath(String taxCode, String partyOrganizationId) {
        return "/enterprises/" + UriUtils.encodePathSegment(taxCode, StandardCharsets.UTF_8) + "/party-organizations/"
                + UriUtils.encodePathSegment(partyOrganizationId, StandardCharsets.UTF_8);
    }

    private static Forms.Context context(String taxCode, Locale locale) {
        return new Forms.Context(QueryParameters.today(), null, locale, taxCode);
    }

    private static Set<Role> roles() {
        return SignedInUser.current().map(SignedInUser::roles).orElse(Set.of());
    }

    @PostMapping("/enterprises/{taxCode}/changes")
    ModelAndView change(@PathVariable String taxCode, @RequestParam MultiValueMap<String, String> form) {
        requireOrganizationCommittee();
        CommandOutcome outcome = commands.send("/api/enterprises/" + taxCode + "/changes", profile(form), null, null);
        return outcome.accepted() ? redirect(taxCode, outcome)
                : page(taxCode, null, "change", outcome, HttpStatus.valueOf(outcome.status()));
    }

    @PostMapping("/enterprises/{taxCode}/cessation")
    ModelAndView cease(@PathVariable String taxCode, @RequestParam MultiValueMap<String, String> form) {
        requireOrganizationCommittee();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", form.getFirst("reason"));
        body.put("effectiveOn", Dates.iso(form.getFirst("effectiveOn")));
        CommandOutcome outcome = commands.send("/api/enterprises/" + taxCode + "/cessation", body, null, null);
        return outcome.accepted() ? redirect(taxCode, outcome)
                : page(taxCode, null, "cessation", outcome, HttpStatus.valueOf(outcome.status()));
    }

    private ModelAndView page(String taxCode, String at, String failedForm, CommandOutcome outcome,
                              HttpStatus status) {
        LocalDate day = QueryParameters.date("at", at);
        LocalDate shown = day == null ? QueryParameters.today() : day;
        var detail = details.of(taxCode, shown).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No enterprise " + taxCode + " by " + shown));
        ModelAndView page = new ModelAndView("enterprises/one", status);
        page.addObject("e", detail);
        page.addObject("at", shown);
        page.addObject("canChange", isOrganizationCommittee() && detail.registry() != null
                && !detail.registry().ceased());
        page.addObject("communes", communes.at(shown));
        page.addObject("failedForm", failedForm);
        page.addObject("problems", FormProblems.of(outcome, labels));
        return page;
    }

    private ModelAndView form(String view, Map<String, String> values, CommandOutcome outcome, HttpStatus status) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("values", values);
        page.addObject("communes", communes.at(QueryParameters.today()));
        page.addObject("problems", FormProblems.of(outcome, labels));
        return page;
    }

    private static Map<String, Object> profile(MultiValueMap<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : PROFILE) {
            body.put(field, field.equals("effectiveOn") ? Dates.iso(form.getFirst(field)) : blankToNull(form.getFirst(field)));
        }
        return body;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ModelAndView redirect(String taxCode, CommandOutcome outcome) {
        return new ModelAndView("redirect:/enterprises/" + taxCode,
                outcome.eventPosition() == null ? Map.of() : Map.of("position", outcome.eventPosition()));
    }

    static boolean isOrganizationCommittee() {
        return SignedInUser.current().map(user -> user.roles().contains(Role.ORGANIZATION_COMMITTEE)).orElse(false);
    }

    static void requireOrganizationCommittee() {
        if (!isOrganizationCommittee()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the Organization Committee keeps the registry");
        }
    }
}
