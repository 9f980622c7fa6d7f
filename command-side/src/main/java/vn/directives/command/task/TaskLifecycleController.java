package vn.directives.command.task;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.directives.command.infrastructure.CommandDispatcher;
import vn.directives.command.infrastructure.web.Versions;
import vn.directives.command.urging.UrgingPolicyRequest;
import vn.directives.events.task.TaskKind;
import vn.directives.platform.web.TaskKindCollection;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

/** The steps every task kind shares, as sub-resources of each kind's collection. */
@RestController
@RequestMapping("/api/{collection:" + TaskKindCollection.PATTERN + "}/{taskId}")
class TaskLifecycleController {

    private final CommandDispatcher dispatcher;
    private final TaskLocations locations;

    TaskLifecycleController(CommandDispatcher dispatcher, TaskLocations locations) {
        this.dispatcher = dispatcher;
        this.locations = locations;
    }

    @PostMapping("/reassignments")
    ResponseEntity<Versions.Accepted> reassign(@PathVariable String collection, @PathVariable String taskId,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody TaskLifecycleRequests.Reassignment body) {
        long version = dispatcher.dispatch(new ReassignTask(taskId, kind(collection), Versions.expected(ifMatch),
                body.toMemberId(), body.reason(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    @PostMapping("/extension-requests")
    ResponseEntity<Versions.Accepted> requestExtension(@PathVariable String collection, @PathVariable String taskId,
                                                       @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                       @Valid @RequestBody TaskLifecycleRequests.ExtensionRequest body) {
        String extensionId = UUID.randomUUID().toString();
        long version = dispatcher.dispatch(new RequestDueDateExtension(taskId, kind(collection),
                Versions.expected(ifMatch), extensionId, body.requestedDueDate(), body.reason(), body.effectiveOn(),
                dispatcher.context()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(extensionId).toUri();
        return Versions.created(location, taskId, version);
    }

    @PostMapping("/extension-requests/{extensionId}/approval")
    ResponseEntity<Versions.Accepted> approve(@PathVariable String collection, @PathVariable String taskId,
                                              @PathVariable String extensionId,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody(required = false) TaskLifecycleRequests.Approval body) {
        LocalDate effectiveOn = body == null ? null : body.effectiveOn();
        long version = dispatcher.dispatch(new ApproveDueDateExtension(taskId, kind(collection),
                Versions.expected(ifMatch), extensionId, effectiveOn, dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    @PostMapping("/extension-requests/{extensionId}/rejection")
    ResponseEntity<Versions.Accepted> reject(@PathVariable String collection, @PathVariable String taskId,
                                             @PathVariable String extensionId,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody TaskLifecycleRequests.Rejection body) {
        long version = dispatcher.dispatch(new RejectDueDateExtension(taskId, kind(collection),
                Versions.expected(ifMatch), extensionId, body.reason(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    @PostMapping("/cancellation")
    ResponseEntity<Versions.Accepted> cancel(@PathVariable String collection, @PathVariable String taskId,
                                             @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                             @Valid @RequestBody TaskLifecycleRequests.Cancellation body) {
        long version = dispatcher.dispatch(new CancelTask(taskId, kind(collection), Versions.expected(ifMatch),
                body.reason(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    @PostMapping("/urging-policy")
    ResponseEntity<Versions.Accepted> setUrgingPolicy(@PathVariable String collection, @PathVariable String taskId,
                                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody UrgingPolicyRequest body) {
        long version = dispatcher.dispatch(new SetUrgingPolicy(taskId, kind(collection), Versions.expected(ifMatch),
                body.remindWorkingDaysBefore(), body.escalateAfterWorkingDays(), body.effectiveOn(),
                dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    /** Answers with the new sub-task (a general task) as the created resource, at version 0. */
    @PostMapping("/sub-tasks")
    ResponseEntity<Versions.Accepted> delegate(@PathVariable String collection, @PathVariable String taskId,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody TaskLifecycleRequests.SubTask body) {
        String subTaskId = UUID.randomUUID().toString();
        dispatcher.dispatch(new DelegateSubTask(taskId, kind(collection), Versions.expected(ifMatch), subTaskId,
                body.title(), body.description(), body.expectedProduct(), body.leadUnitId(),
                body.coordinatingUnitIds(), body.assigneeId(), body.dueDate(), body.effectiveOn(),
                dispatcher.context()));
        return Versions.created(locations.of(TaskKindCollection.GENERAL_TASKS.collection(), subTaskId), subTaskId, 0);
    }

    private static TaskKind kind(String collection) {
        return TaskKindCollection.named(collection).orElseThrow().kind();
    }
}
