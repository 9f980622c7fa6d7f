package vn.directives.query.enterprise;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneId;

/** The derived-work lists at the end of a day (today in the province when none is given). */
@RestController
@RequestMapping("/api/derived-work")
class DerivedWorkQueryController {

    private final DerivedWork derivedWork;
    private final ZoneId zone;

    DerivedWorkQueryController(DerivedWork derivedWork,
                               @Value("${directives.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.derivedWork = derivedWork;
        this.zone = zone;
    }

    @GetMapping
    DerivedWorkView at(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return derivedWork.at(at == null ? LocalDate.now(zone) : at);
    }
}
