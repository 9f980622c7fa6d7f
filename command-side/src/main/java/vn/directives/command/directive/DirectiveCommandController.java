package vn.directives.command.directive;

import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.command.infrastructure.CommandDispatcher;
import vn.directives.command.infrastructure.web.Versions;

import java.net.URI;
import java.util.UUID;

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
}
