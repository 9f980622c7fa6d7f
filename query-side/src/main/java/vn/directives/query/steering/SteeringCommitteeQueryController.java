package vn.directives.query.steering;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The Steering Committee's members as they were at the end of a day ({@code at}, today in the
 * province's time zone when left out). Not paged: a committee has a few dozen members.
 */
@RestController
@RequestMapping("/api/steering-committee/members")
class SteeringCommitteeQueryController {

    private final SteeringCommitteeAtDate committee;
    private final ZoneId zone;

    SteeringCommitteeQueryController(SteeringCommitteeAtDate committee,
                                     @Value("${directives.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.committee = committee;
        this.zone = zone;
    }

    /**
     * @param active only the members serving (true) or no longer serving (false) at the date
     * @param unitId only the members answering for this unit at the date
     */
    @GetMapping
    List<SteeringMemberView> members(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                     LocalDate at,
                                     @RequestParam(required = false) Boolean active,
                                     @RequestParam(required = false) String unitId) {
        return committee.members(at == null ? LocalDate.now(zone) : at, active, unitId);
    }
}
