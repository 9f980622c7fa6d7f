package vn.directives.command.trainingcourse;

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
 * Training courses: plan one, enrol and withdraw participants, open it, record attendance and
 * results, close it.
 */
@RestController
@RequestMapping("/api/training-courses")
class TrainingCourseController {

    private static final String COLLECTION = "training-courses";

    private final CommandDispatcher dispatcher;
    private final TaskLocations locations;

    TrainingCourseController(CommandDispatcher dispatcher, TaskLocations locations) {
        this.dispatcher = dispatcher;
        this.locations = locations;
    }

    @PostMapping
    ResponseEntity<Versions.Accepted> plan(@Valid @RequestBody TrainingCourseRequests.Plan body) {
        String id = UUID.randomUUID().toString();
        dispatcher.dispatch(new PlanTrainingCourse(id, body.task().toValue(), body.courseKind(),
                body.organizerUnitId(), body.plannedStart(), body.plannedEnd(), body.capacity(), body.openedOn(),
                dispatcher.context()));
        return Versions.created(locations.of(COLLECTION, id), id, 0);
    }

    @PostMapping("/{taskId}/enrolments")
    ResponseEntity<Versions.Accepted> enrol(@PathVariable String taskId,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody TrainingCourseRequests.Enrolment body) {
        long version = dispatcher.dispatch(new EnrolParticipants(taskId, Versions.expected(ifMatch), body.toValue(),
                body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    @PostMapping("/{taskId}/withdrawals")
    ResponseEntity<Versions.Accepted> withdraw(@PathVariable String taskId,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody TrainingCourseRequests.Withdrawal body) {
        long version = dispatcher.dispatch(new WithdrawParticipant(taskId, Versions.expected(ifMatch),
                body.participantRef(), body.reason(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    @PostMapping("/{taskId}/opening")
    ResponseEntity<Versions.Accepted> open(@PathVariable String taskId,
                                           @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                           @Valid @RequestBody TrainingCourseRequests.Opening body) {
        long version = dispatcher.dispatch(new OpenTrainingCourse(taskId, Versions.expected(ifMatch),
                body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    @PostMapping("/{taskId}/results")
    ResponseEntity<Versions.Accepted> recordResults(@PathVariable String taskId,
                                                    @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                    @Valid @RequestBody TrainingCourseRequests.Results body) {
        long version = dispatcher.dispatch(new RecordParticipantResults(taskId, Versions.expected(ifMatch),
                body.toValue(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    @PostMapping("/{taskId}/closure")
    ResponseEntity<Versions.Accepted> close(@PathVariable String taskId,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody TrainingCourseRequests.Closing body) {
        long version = dispatcher.dispatch(new CloseTrainingCourse(taskId, Versions.expected(ifMatch),
                body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }
}
