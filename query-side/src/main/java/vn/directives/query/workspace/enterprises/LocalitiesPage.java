package vn.directives.query.workspace.enterprises;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.directives.query.enterprise.LocalityTotals;
import vn.directives.query.taskboard.QueryParameters;

import java.time.LocalDate;

/**
 * I1–I4 and the sector's totals at a date by commune or ward, by zone and for the province, as
 * {@code /api/indicators/localities} gives them (admissions for I4 from 1 January of its year).
 */
@Controller
class LocalitiesPage {

    private final LocalityTotals totals;

    LocalitiesPage(LocalityTotals totals) {
        this.totals = totals;
    }

    @GetMapping("/enterprises/localities")
    String localities(@RequestParam(required = false) String at, Model model) {
        LocalDate day = QueryParameters.date("at", at);
        day = day == null ? QueryParameters.today() : day;
        model.addAttribute("at", day);
        model.addAttribute("totals", totals.at(day, day.withDayOfYear(1)));
        return "enterprises/localities";
    }
}
