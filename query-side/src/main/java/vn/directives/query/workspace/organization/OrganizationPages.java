package vn.directives.query.workspace.organization;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.directives.query.steering.SteeringCommitteeAtDate;
import vn.directives.query.taskboard.QueryParameters;
import vn.directives.query.unit.UnitsAtDate;

import java.time.LocalDate;

/**
 * The province's organization as it was on a day: its units (named as then, with renames, mergers
 * and dissolutions) and the Steering Committee's members with what each answered for.
 */
@Controller
class OrganizationPages {

    private final UnitsAtDate units;
    private final SteeringCommitteeAtDate committee;

    OrganizationPages(UnitsAtDate units, SteeringCommitteeAtDate committee) {
        this.units = units;
        this.committee = committee;
    }

    @GetMapping("/units")
    String units(@RequestParam(required = false) String at, Model model) {
        LocalDate day = day(at);
        model.addAttribute("at", day);
        model.addAttribute("units", units.list(day, null, null));
        return "organization/units";
    }

    @GetMapping("/steering-committee")
    String steeringCommittee(@RequestParam(required = false) String at, Model model) {
        LocalDate day = day(at);
        model.addAttribute("at", day);
        model.addAttribute("members", committee.members(day, null, null));
        return "organization/steering-committee";
    }

    /** The day asked for (a bad one is explained on the error page), else today in the province. */
    private static LocalDate day(String at) {
        LocalDate day = QueryParameters.date("at", at);
        return day == null ? QueryParameters.today() : day;
    }
}
