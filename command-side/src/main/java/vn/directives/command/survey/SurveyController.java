package vn.directives.command.survey;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.command.infrastructure.CommandDispatcher;
import vn.directives.command.infrastructure.web.Versions;
import vn.directives.command.task.TaskLocations;

import java.util.UUID;

/** Surveys: open one, record findings per enterprise, close it with a summary. */
@RestController
@RequestMapping("/api/surveys")
class SurveyController {

    private final CommandDispatcher dispatcher;
    private final TaskLocations locations;

    SurveyController(CommandDispatcher dispatcher, TaskLocations locations) {
        this.dispatcher = dispatcher;
        this.locations = locations;
    }

    @PostMapping
    ResponseEntity<Versions.Accepted> open(@Valid @RequestBody SurveyRequests.Open body) {
        String id = UUID.randomUUID().toString();
        dispatcher.dispatch(new OpenSurvey(id, body.task().toValue(), body.scope().toValue(), body.periodFrom(),
                body.periodTo(), body.openedOn(), dispatcher.context()));
        return Versions.created(locations.of("surveys", id), id, 0);
    }

    @PostMapping("/{taskId}/findings")
    ResponseEntity<Versions.Accepted> recordFinding(@PathVariable String taskId,
                                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                    @Valid @RequestBody SurveyRequests.Finding body) {
        long version = dispatcher.dispatch(new RecordSurveyFinding(taskId, Versions.expected(ifMatch),
                body.toValue(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    @PostMapping("/{taskId}/closure")
    ResponseEntity<Versions.Accepted> close(@PathVariable String taskId,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody SurveyRequests.Closing body) {
        long version = dispatcher.dispatch(new CloseSurvey(taskId, Versions.expected(ifMatch), body.summary(),
                body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }
}
