package vn.directives.query.workspace.registration;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import vn.directives.query.directive.DirectiveSummary;
import vn.directives.query.directive.DirectiveSummaryRepository;
import vn.directives.query.directive.DirectiveView;
import vn.directives.query.steering.SteeringCommitteeAtDate;
import vn.directives.query.steering.SteeringMemberView;
import vn.directives.query.taskboard.QueryParameters;
import vn.directives.query.unit.UnitSummary;
import vn.directives.query.unit.UnitsAtDate;
import vn.directives.query.workspace.task.CommandForm;
import vn.directives.query.workspace.task.CommandForms;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Organization Committee's registration pages ({@code /registration}): a directive with its
 * points and targets, then its urging policy; units (register, rename, merge, dissolve as at a
 * date); the Steering Committee (appoint, change responsibilities, relieve). Each form forwards
 * its command to the command side's API as the signed-in user; the page access table lets only
 * the Organization Committee in, and the command side decides for good.
 */
@Controller
class RegistrationPages {

    private final CommandForms forms;
    private final DirectiveSummaryRepository directives;
    private final UnitsAtDate units;
    private final SteeringCommitteeAtDate committee;

    RegistrationPages(CommandForms forms, DirectiveSummaryRepository directives, UnitsAtDate units,
                      SteeringCommitteeAtDate committee) {
        this.forms = forms;
        this.directives = directives;
        this.units = units;
        this.committee = committee;
    }

    @GetMapping("/registration")
    ModelAndView hub() {
        LocalDate today = QueryParameters.today();
        ModelAndView page = new ModelAndView("registration/hub");
        page.addObject("directives", directives.findAll().stream().map(DirectiveSummary::toView)
                .sorted(java.util.Comparator.comparing(DirectiveView::issuedOn).reversed()).toList());
        page.addObject("units", units.list(today, true, null));
        page.addObject("members", committee.members(today, true, null));
        return page;
    }

    @GetMapping("/registration/directive")
    ModelAndView directiveForm(Locale locale) {
        MultiValueMap<String, String> defaults = new LinkedMultiValueMap<>();
        defaults.add("kind", "DIRECTIVE");
        defaults.add("issuingBody", "Ban Thường vụ Tỉnh ủy");
        defaults.add("cadence.cutOffMonth", "11");
        defaults.add("cadence.cutOffDay", "15");
        defaults.add("cadence.reportTo", "Ban Thường vụ Tỉnh ủy");
        return forms.draw("/registration/directive", text("registration.directive", null),
                List.of(RegistrationForms.directive()), Map.of("directive", defaults), QueryParameters.today(), locale);
    }

    @PostMapping("/registration/directive")
    ModelAndView registerDirective(@RequestParam String form, @RequestParam MultiValueMap<String, String> submitted,
                                   Locale locale) {
        return forms.submit("/registration/directive", text("registration.directive", null),
                List.of(RegistrationForms.directive()), form, submitted, QueryParameters.today(), locale);
    }

    @GetMapping("/registration/directives/{id}")
    ModelAndView directive(@PathVariable String id, Locale locale) {
        MultiValueMap<String, String> defaults = new LinkedMultiValueMap<>();
        defaults.add("remindWorkingDaysBefore", "3");
        defaults.add("escalateAfterWorkingDays", "5");
        return forms.draw(path("directives", id), text("registration.directive.settings", directiveName(id)),
                List.of(RegistrationForms.urgingPolicy(id)), Map.of("urging", defaults), QueryParameters.today(), locale);
    }

    @PostMapping("/registration/directives/{id}")
    ModelAndView changeDirective(@PathVariable String id, @RequestParam String form,
                                 @RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        return forms.submit(path("directives", id), text("registration.directive.settings", directiveName(id)),
                List.of(RegistrationForms.urgingPolicy(id)), form, submitted, QueryParameters.today(), locale);
    }

    @GetMapping("/registration/unit")
    ModelAndView unitForm(Locale locale) {
        return forms.draw("/registration/unit", text("registration.unit", null), List.of(RegistrationForms.unit()),
                Map.of(), QueryParameters.today(), locale);
    }

    @PostMapping("/registration/unit")
    ModelAndView registerUnit(@RequestParam String form, @RequestParam MultiValueMap<String, String> submitted,
                              Locale locale) {
        return forms.submit("/registration/unit", text("registration.unit", null), List.of(RegistrationForms.unit()),
                form, submitted, QueryParameters.today(), locale);
    }

    @GetMapping("/registration/units/{id}")
    ModelAndView unit(@PathVariable String id, Locale locale) {
        return forms.draw(path("units", id), text("registration.unit.changes", unitName(id)),
                RegistrationForms.unitChanges(id), Map.of(), QueryParameters.today(), locale);
    }

    @PostMapping("/registration/units/{id}")
    ModelAndView changeUnit(@PathVariable String id, @RequestParam String form,
                            @RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        return forms.submit(path("units", id), text("registration.unit.changes", unitName(id)),
                RegistrationForms.unitChanges(id), form, submitted, QueryParameters.today(), locale);
    }

    @GetMapping("/registration/member")
    ModelAndView appointmentForm(Locale locale) {
        return forms.draw("/registration/member", text("registration.appointment", null),
                List.of(RegistrationForms.appointment()), Map.of(), QueryParameters.today(), locale);
    }

    @PostMapping("/registration/member")
    ModelAndView appoint(@RequestParam String form, @RequestParam MultiValueMap<String, String> submitted,
                         Locale locale) {
        return forms.submit("/registration/member", text("registration.appointment", null),
                List.of(RegistrationForms.appointment()), form, submitted, QueryParameters.today(), locale);
    }

    @GetMapping("/registration/members/{id}")
    ModelAndView member(@PathVariable String id, Locale locale) {
        SteeringMemberView member = member(id);
        MultiValueMap<String, String> current = new LinkedMultiValueMap<>();
        if (member.responsibilities() != null) {
            member.responsibilities().units().forEach(unit -> current.add("unitIds", unit.id()));
            current.add("areas", String.join("\n", member.responsibilities().areas()));
        }
        return forms.draw(path("members", id), text("registration.member", member.displayName()),
                RegistrationForms.memberChanges(id), Map.of("responsibilities", current), QueryParameters.today(), locale);
    }

    @PostMapping("/registration/members/{id}")
    ModelAndView changeMember(@PathVariable String id, @RequestParam String form,
                              @RequestParam MultiValueMap<String, String> submitted, Locale locale) {
        return forms.submit(path("members", id), text("registration.member", member(id).displayName()),
                RegistrationForms.memberChanges(id), form, submitted, QueryParameters.today(), locale);
    }

    private String directiveName(String id) {
        DirectiveView directive = directives.findById(id).map(DirectiveSummary::toView)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such directive"));
        return directive.number();
    }

    private String unitName(String id) {
        return units.list(QueryParameters.today(), null, null).stream().filter(unit -> unit.id().equals(id))
                .map(UnitSummary::name).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such unit"));
    }

    private SteeringMemberView member(String id) {
        return committee.members(QueryParameters.today(), null, null).stream()
                .filter(member -> member.memberId().equals(id)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such member"));
    }

    private static CommandForms.PageText text(String titleKey, String subject) {
        return new CommandForms.PageText(titleKey, titleKey + ".lead", subject);
    }

    private static String path(String kind, String id) {
        return "/registration/" + kind + "/" + id;
    }
}
