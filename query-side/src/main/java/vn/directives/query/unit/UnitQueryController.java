package vn.directives.query.unit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.events.unit.UnitKind;
import vn.directives.platform.web.RequestRefused;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Units as they were at the end of a day ({@code at}, today in the province's time zone when left
 * out): a report for 2024 names the units as they were in 2024. The list is not paged: a province
 * has a few hundred units over its whole history.
 */
@RestController
@RequestMapping("/api/units")
class UnitQueryController {

    private final UnitsAtDate units;
    private final ZoneId zone;

    UnitQueryController(UnitsAtDate units, @Value("${directives.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.units = units;
        this.zone = zone;
    }

    /**
     * @param active only the units active (true) or no longer active (false) at the date
     * @param kind   only units of this kind
     */
    @GetMapping
    List<UnitSummary> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
                           @RequestParam(required = false) Boolean active,
                           @RequestParam(required = false) UnitKind kind) {
        return units.list(dayOrToday(at), active, kind);
    }

    @GetMapping("/{id}")
    UnitAtDate one(@PathVariable String id,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return units.one(id, dayOrToday(at)).orElseThrow(() -> notFound(id));
    }

    private LocalDate dayOrToday(LocalDate at) {
        return at == null ? LocalDate.now(zone) : at;
    }

    private static RequestRefused notFound(String id) {
        return RequestRefused.notFound("Không có đơn vị mã " + id + ".", "There is no unit " + id + ".");
    }
}
