package vn.directives.query.workspace.enterprises;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.directives.query.enterprise.EnterpriseFilter;
import vn.directives.query.enterprise.EnterpriseListing;
import vn.directives.query.enterprise.EnterpriseSort;
import vn.directives.query.enterprise.Indicators;
import vn.directives.platform.web.Paging;
import vn.directives.query.taskboard.QueryParameters;

import java.time.LocalDate;

/**
 * The enterprises as known at a date (searched by name or tax code, narrowed to a commune or ward,
 * a zone, the registry, the operating ones) and indicators I1–I4 at that date, counted from the
 * same picture, with admissions for I4 from 1 January of its year.
 */
@Controller
class EnterprisesPage {

    private final EnterpriseListing listing;
    private final Indicators indicators;
    private final CommunePicker communes;

    EnterprisesPage(EnterpriseListing listing, Indicators indicators, CommunePicker communes) {
        this.listing = listing;
        this.indicators = indicators;
        this.communes = communes;
    }

    @GetMapping("/enterprises")
    String enterprises(@RequestParam(required = false) String at, @RequestParam(required = false) String q,
                       @RequestParam(required = false) String commune, @RequestParam(required = false) String zone,
                       @RequestParam(required = false) String inRegistry,
                       @RequestParam(required = false) String operating,
                       @RequestParam(required = false) String page, Model model) {
        LocalDate day = QueryParameters.date("at", at);
        day = day == null ? QueryParameters.today() : day;
        int number = QueryParameters.integer("page", page, 0, 0, 1_000_000);
        var found = listing.list(new EnterpriseFilter(day, QueryParameters.text(q), null, null, null, yesNo(operating),
                        QueryParameters.text(commune), QueryParameters.text(zone), yesNo(inRegistry)),
                EnterpriseSort.parse("name"), new Paging(number, 50));
        model.addAttribute("commune", commune);
        model.addAttribute("zone", zone);
        model.addAttribute("inRegistry", inRegistry);
        model.addAttribute("operating", operating);
        model.addAttribute("communes", communes.at(day));
        model.addAttribute("keepsRegistry", EnterprisePages.isOrganizationCommittee());
        model.addAttribute("at", day);
        model.addAttribute("q", q);
        model.addAttribute("enterprises", found);
        model.addAttribute("indicators", indicators.at(day, day.withDayOfYear(1)).indicators());
        model.addAttribute("previous", number > 0 ? pageLink(number - 1) : null);
        model.addAttribute("next", number + 1 < found.totalPages() ? pageLink(number + 1) : null);
        return "enterprises/list";
    }

    /** "true" or "false" from a select; anything else (the blank "all") is no criterion. */
    private static Boolean yesNo(String value) {
        return "true".equals(value) ? Boolean.TRUE : "false".equals(value) ? Boolean.FALSE : null;
    }

    private static String pageLink(int page) {
        var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build();
        return uri.getPath() + "?" + uri.getQuery();
    }
}
