package vn.directives.command.generaltask;

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

/**
 * General tasks: open one, report progress, complete it with its product. Delegation to lower
 * levels is a step every kind shares ({@code /sub-tasks}, in the task package).
 */
@RestController
@RequestMapping("/api/general-tasks")
class GeneralTaskController {

    private final CommandDispatcher dispatcher;
    private final TaskLocations locations;

    GeneralTaskController(CommandDispatcher dispatcher, TaskLocations locations) {
        this.dispatcher = dispatcher;
        this.locations = locations;
    }

    @PostMapping
    ResponseEntity<Versions.Accepted> open(@Valid @RequestBody GeneralTaskRequests.Open body) {
        String id = UUID.randomUUID().toString();
        dispatcher.dispatch(new OpenGeneralTask(id, body.task().toValue(), body.description(), body.expectedProduct(),
                body.openedOn(), dispatcher.context()));
        return Versions.created(locations.of("general-tasks", id), id, 0);
    }

    /** A report is a step of the task, not a resource of its own: answered like any step, with the new ETag. */
    @PostMapping("/{taskId}/progress-reports")
    ResponseEntity<Versions.Accepted> reportProgress(@PathVariable String taskId,
                                                     @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                     @Valid @RequestBody GeneralTaskRequests.Progress body) {
        long version = dispatcher.dispatch(new ReportProgress(taskId, Versions.expected(ifMatch), body.percentage(),
                body.text(), body.reason(), body.contributingUnit(), body.effectiveOn(),
                dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    @PostMapping("/{taskId}/completion")
    ResponseEntity<Versions.Accepted> complete(@PathVariable String taskId,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody GeneralTaskRequests.Completion body) {
        long version = dispatcher.dispatch(new CompleteGeneralTask(taskId, Versions.expected(ifMatch),
                body.productDocument(), body.founding(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }
}
