package vn.directives.query.workspace.enterprises;

import org.springframework.stereotype.Component;
import vn.directives.events.unit.UnitKind;
import vn.directives.query.unit.UnitSummary;
import vn.directives.query.unit.UnitsAtDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The communes and wards active on a day, by the name they bore then, for the registry's forms and filters. */
@Component
class CommunePicker {

    private final UnitsAtDate units;

    CommunePicker(UnitsAtDate units) {
        this.units = units;
    }

    List<UnitSummary> at(LocalDate day) {
        List<UnitSummary> found = new ArrayList<>(units.list(day, true, UnitKind.COMMUNE));
        found.addAll(units.list(day, true, UnitKind.WARD));
        found.sort(Comparator.comparing(UnitSummary::name));
        return found;
    }
}
