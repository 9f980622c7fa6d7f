package vn.directives.command.membertransfer;

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

/**
 * Member transfers: request one, issue the introduction letter, record its acceptance by the
 * receiving organization, complete it; or record its return or withdrawal.
 */
@RestController
@RequestMapping("/api/member-transfers")
class MemberTransferController {

    private final MemberTransferIntake intake;
    private final CommandDispatcher dispatcher;
    private final TaskLocations locations;

    MemberTransferController(MemberTransferIntake intake, CommandDispatcher dispatcher, TaskLocations locations) {
        this.intake = intake;
        this.dispatcher = dispatcher;
        this.locations = locations;
    }

    @PostMapping
    ResponseEntity<Versions.Accepted> request(@Valid @RequestBody MemberTransferRequests.Open body) {
        String id = intake.request(body);
        return Versions.created(locations.of("member-transfers", id), id, 0);
    }

    @PostMapping("/{taskId}/introduction-letter")
    ResponseEntity<Versions.Accepted> issueLetter(@PathVariable String taskId,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody MemberTransferRequests.Letter body) {
        long version = dispatcher.dispatch(new IssueIntroductionLetter(taskId, Versions.expected(ifMatch),
                body.letterNumber(), body.lateReason(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    @PostMapping("/{taskId}/letter-acceptance")
    ResponseEntity<Versions.Accepted> acceptLetter(@PathVariable String taskId,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody MemberTransferRequests.Acceptance body) {
        long version = dispatcher.dispatch(new AcceptIntroductionLetter(taskId, Versions.expected(ifMatch),
                body.lateReason(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    @PostMapping("/{taskId}/completion")
    ResponseEntity<Versions.Accepted> complete(@PathVariable String taskId,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody MemberTransferRequests.Completion body) {
        long version = dispatcher.dispatch(new CompleteMemberTransfer(taskId, Versions.expected(ifMatch),
                body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    @PostMapping("/{taskId}/return")
    ResponseEntity<Versions.Accepted> recordReturn(@PathVariable String taskId,
                                                   @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                   @Valid @RequestBody MemberTransferRequests.Ending body) {
        long version = dispatcher.dispatch(new ReturnMemberTransfer(taskId, Versions.expected(ifMatch),
                body.reason(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }

    @PostMapping("/{taskId}/withdrawal")
    ResponseEntity<Versions.Accepted> withdraw(@PathVariable String taskId,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody MemberTransferRequests.Ending body) {
        long version = dispatcher.dispatch(new WithdrawMemberTransfer(taskId, Versions.expected(ifMatch),
                body.reason(), body.effectiveOn(), dispatcher.context()));
        return Versions.changed(taskId, version);
    }
}
