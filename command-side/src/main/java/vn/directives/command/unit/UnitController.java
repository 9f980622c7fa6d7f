package vn.directives.command.unit;

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
import java.util.UUID;

/**
 * Units: register one, rename it, merge it into another, dissolve it. Unit ids are UUIDs chosen
 * here: a unit keeps its id through renames, so an id made from its name would lie after one.
 */
@RestController
@RequestMapping("/api/units")
class UnitController {

    private final CommandDispatcher dispatcher;
    private final String queryBaseUrl;

    UnitController(CommandDispatcher dispatcher, @Value("${directives.query-side.base-url}") String queryBaseUrl) {
        this.dispatcher = dispatcher;
        this.queryBaseUrl = queryBaseUrl;
    }

    @PostMapping
    ResponseEntity<Versions.Accepted> register(@Valid @RequestBody UnitRequests.Registration body) {
        String id = UUID.randomUUID().toString();
        dispatcher.dispatch(new RegisterUnit(id, body.name(), body.kind(), body.parentUnitId(), body.effectiveOn(),
                dispatcher.context()));
        return Versions.created(URI.create(queryBaseUrl + "/api/units/" + id), id, 0);
    }

    @PostMapping("/{unitId}/renaming")
    ResponseEntity<Versions.Accepted> rename(@PathVariable String unitId,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody UnitRequests.Renaming body) {
        long version = dispatcher.dispatch(new RenameUnit(unitId, Versions.expected(ifMatch), body.newName(),
                body.effectiveOn(), dispatcher.context()));
        return Versions.changed(unitId, version);
    }

    @PostMapping("/{unitId}/merger")
    ResponseEntity<Versions.Accepted> merge(@PathVariable String unitId,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody UnitRequests.Merger body) {
        long version = dispatcher.dispatch(new MergeUnit(unitId, Versions.expected(ifMatch), body.intoUnitId(),
                body.effectiveOn(), dispatcher.context()));
        return Versions.changed(unitId, version);
    }

    @PostMapping("/{unitId}/dissolution")
    ResponseEntity<Versions.Accepted> dissolve(@PathVariable String unitId,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody UnitRequests.Dissolution body) {
        long version = dispatcher.dispatch(new DissolveUnit(unitId, Versions.expected(ifMatch), body.reason(),
                body.successorUnitIds(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(unitId, version);
    }
}
