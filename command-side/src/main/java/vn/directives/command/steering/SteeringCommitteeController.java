package vn.directives.command.steering;

import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.command.infrastructure.CommandDispatcher;
import vn.directives.command.infrastructure.web.Versions;

import java.net.URI;

/** Members of the Steering Committee: appoint one, change what they answer for, relieve them. */
@RestController
@RequestMapping("/api/steering-committee/members")
class SteeringCommitteeController {

    private final CommandDispatcher dispatcher;
    private final String queryBaseUrl;

    SteeringCommitteeController(CommandDispatcher dispatcher,
                                @Value("${directives.query-side.base-url}") String queryBaseUrl) {
        this.dispatcher = dispatcher;
        this.queryBaseUrl = queryBaseUrl;
    }

    @PostMapping
    ResponseEntity<Versions.Accepted> appoint(@Valid @RequestBody SteeringMemberRequests.Appointment body) {
        dispatcher.dispatch(new AppointSteeringMember(body.memberId(), body.contact(), body.post(),
                body.responsibilities(), body.effectiveOn(), dispatcher.context()));
        return Versions.created(URI.create(queryBaseUrl + "/api/steering-committee/members/" + body.memberId()),
                body.memberId(), 0);
    }

    @PostMapping("/{memberId}/responsibility-changes")
    ResponseEntity<Versions.Accepted> changeResponsibilities(
            @PathVariable String memberId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody SteeringMemberRequests.ResponsibilityChange body) {
        long version = dispatcher.dispatch(new ChangeSteeringMemberResponsibilities(memberId,
                Versions.expected(ifMatch), body.responsibilities(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(memberId, version);
    }

    @PostMapping("/{memberId}/relief")
    ResponseEntity<Versions.Accepted> relieve(@PathVariable String memberId,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody SteeringMemberRequests.Relief body) {
        long version = dispatcher.dispatch(new RelieveSteeringMember(memberId, Versions.expected(ifMatch),
                body.reason(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(memberId, version);
    }
}
