package vn.directives.command.directive;

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
import vn.directives.command.urging.UrgingPolicyRequest;

import java.net.URI;
import java.util.UUID;

/**
 * Directives: register one, amend its targets, record that a newer one replaces it. The
 * replacement is a sub-resource of the directive that is replaced: that is the one whose state
 * changes, so its ETag is the one If-Match guards.
 */
@RestController
@RequestMapping("/api/directives")
class DirectiveCommandController {

    private final CommandDispatcher dispatcher;
    private final String queryBaseUrl;

    DirectiveCommandController(CommandDispatcher dispatcher,
                               @Value("${directives.query-side.base-url}") String queryBaseUrl) {
        this.dispatcher = dispatcher;
        this.queryBaseUrl = queryBaseUrl;
    }

    @PostMapping
    ResponseEntity<Versions.Accepted> register(@Valid @RequestBody RegisterDirectiveRequest request) {
        String id = UUID.randomUUID().toString();
        dispatcher.dispatch(request.toCommand(id, dispatcher.context()));
        return Versions.created(URI.create(queryBaseUrl + "/api/directives/" + id), id, 0);
    }

    @PostMapping("/{directiveId}/target-amendments")
    ResponseEntity<Versions.Accepted> amendTargets(@PathVariable String directiveId,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody DirectiveRequests.TargetAmendment body) {
        long version = dispatcher.dispatch(new AmendDirectiveTargets(directiveId, Versions.expected(ifMatch),
                body.toValues(), body.reason(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(directiveId, version);
    }

    @PostMapping("/{directiveId}/replacement")
    ResponseEntity<Versions.Accepted> replace(@PathVariable String directiveId,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody DirectiveRequests.Replacement body) {
        long version = dispatcher.dispatch(new ReplaceDirective(directiveId, Versions.expected(ifMatch),
                body.replacedByDirectiveId(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(directiveId, version);
    }

    @PostMapping("/{directiveId}/urging-policy")
    ResponseEntity<Versions.Accepted> setUrgingPolicy(@PathVariable String directiveId,
                                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody UrgingPolicyRequest body) {
        long version = dispatcher.dispatch(new SetDirectiveUrgingPolicy(directiveId, Versions.expected(ifMatch),
                body.remindWorkingDaysBefore(), body.escalateAfterWorkingDays(), body.effectiveOn(),
                dispatcher.context()));
        return Versions.changed(directiveId, version);
    }
}
