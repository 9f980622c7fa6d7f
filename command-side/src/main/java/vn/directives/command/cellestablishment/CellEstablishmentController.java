package vn.directives.command.cellestablishment;

import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
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
 * Cell establishments: open one for an enterprise, then each step of its lifecycle as a
 * sub-resource. The common steps (reassignment, extensions, cancellation) are in the task package.
 */
@RestController
@RequestMapping("/api/cell-establishments")
class CellEstablishmentController {

    private static final String COLLECTION = "cell-establishments";

    private final CommandDispatcher dispatcher;
    private final TaskLocations locations;

    CellEstablishmentController(CommandDispatcher dispatcher, TaskLocations locations) {
        this.dispatcher = dispatcher;
        this.locations = locations;
    }

    @PostMapping
    ResponseEntity<Versions.Accepted> open(@Valid @RequestBody CellEstablishmentRequests.Open body) {
        String id = UUID.randomUUID().toString();
        dispatcher.dispatch(new OpenCellEstablishment(id, body.task().toValue(), body.enterpriseTaxCode(),
                body.enterpriseName(), body.openedOn(), dispatcher.context()));
        return Versions.created(locations.of(COLLECTION, id), id, 0);
    }

    @PostMapping("/{taskId}/owner-engagements")
    ResponseEntity<Versions.Accepted> engageOwner(@PathVariable String taskId,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody CellEstablishmentRequests.OwnerEngagement body) {
        return changed(taskId, new EngageOwner(taskId, Versions.expected(ifMatch), body.attitude(), body.note(),
                body.effectiveOn(), dispatcher.context()));
    }

    @PostMapping("/{taskId}/member-pool")
    ResponseEntity<Versions.Accepted> confirmMemberPool(@PathVariable String taskId,
                                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                        @Valid @RequestBody CellEstablishmentRequests.MemberPool body) {
        return changed(taskId, new ConfirmMemberPool(taskId, Versions.expected(ifMatch), body.officialMembers(),
                body.probationaryMembers(), body.officialMembersEmployed12Months(), body.memberRefs(),
                body.effectiveOn(), dispatcher.context()));
    }

    @PostMapping("/{taskId}/proposal")
    ResponseEntity<Versions.Accepted> submitProposal(@PathVariable String taskId,
                                                     @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                     @Valid @RequestBody CellEstablishmentRequests.Proposal body) {
        return changed(taskId, new SubmitEstablishmentProposal(taskId, Versions.expected(ifMatch),
                body.superiorCommittee(), body.proposedOn(), dispatcher.context()));
    }

    @PostMapping("/{taskId}/establishment-decision")
    ResponseEntity<Versions.Accepted> recordDecision(@PathVariable String taskId,
                                                     @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                     @Valid @RequestBody CellEstablishmentRequests.Decision body) {
        return changed(taskId, new RecordEstablishmentDecision(taskId, Versions.expected(ifMatch),
                body.decisionNumber(), body.issuingCommittee(), body.organizationName(), body.appointments(),
                body.decidedOn(), dispatcher.context()));
    }

    @PostMapping("/{taskId}/announcement")
    ResponseEntity<Versions.Accepted> announce(@PathVariable String taskId,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody CellEstablishmentRequests.Announcement body) {
        return changed(taskId, new AnnounceEstablishment(taskId, Versions.expected(ifMatch), body.place(),
                body.announcedOn(), dispatcher.context()));
    }

    /**
     * Completes the establishment; the new Party organization comes into being in the same
     * transaction, and a {@code Link} header names it.
     */
    @PostMapping("/{taskId}/completion")
    ResponseEntity<Versions.Accepted> complete(@PathVariable String taskId,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody CellEstablishmentRequests.Completion body) {
        String partyOrganizationId = UUID.randomUUID().toString();
        ResponseEntity<Versions.Accepted> answer = changed(taskId, new CompleteCellEstablishment(taskId,
                Versions.expected(ifMatch), partyOrganizationId, body.kind(), body.superiorCommitteeUnitId(),
                body.effectiveOn(), dispatcher.context()));
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.LINK, "<" + locations.of("party-organizations", partyOrganizationId)
                        + ">; rel=\"related\"")
                .body(answer.getBody());
    }

    @PostMapping("/{taskId}/member-introduction")
    ResponseEntity<Versions.Accepted> introduceMembers(@PathVariable String taskId,
                                                       @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                       @Valid @RequestBody CellEstablishmentRequests.MemberIntroduction body) {
        return changed(taskId, new IntroduceMembersToExistingOrganization(taskId, Versions.expected(ifMatch),
                body.receivingOrganization(), body.effectiveOn(), dispatcher.context()));
    }

    @PostMapping("/{taskId}/abandonment")
    ResponseEntity<Versions.Accepted> abandon(@PathVariable String taskId,
                                              @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                              @Valid @RequestBody CellEstablishmentRequests.Abandonment body) {
        return changed(taskId, new AbandonCellEstablishment(taskId, Versions.expected(ifMatch), body.reason(),
                body.note(), body.effectiveOn(), dispatcher.context()));
    }

    private ResponseEntity<Versions.Accepted> changed(String taskId, Object command) {
        long version = dispatcher.dispatch(command);
        return Versions.changed(taskId, version);
    }
}
