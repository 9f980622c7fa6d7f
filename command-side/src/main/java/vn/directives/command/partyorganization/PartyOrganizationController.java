package vn.directives.command.partyorganization;

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
 * Party organizations of enterprises: record one that already exists, then its kind and superior
 * committee when they change, its admissions, recognitions, transfers and other exits, and its end
 * by merger or dissolution. Organizations set up by a cell establishment are created when it completes.
 */
@RestController
@RequestMapping("/api/party-organizations")
class PartyOrganizationController {

    private final CommandDispatcher dispatcher;
    private final TaskLocations locations;

    PartyOrganizationController(CommandDispatcher dispatcher, TaskLocations locations) {
        this.dispatcher = dispatcher;
        this.locations = locations;
    }

    @PostMapping
    ResponseEntity<Versions.Accepted> recordExisting(@Valid @RequestBody PartyOrganizationRequests.Existing body) {
        String id = UUID.randomUUID().toString();
        dispatcher.dispatch(new RecordExistingPartyOrganization(id, body.enterpriseTaxCode(), body.enterpriseName(),
                body.organizationName(), body.kind(), body.superiorCommitteeUnitId(), body.source(), body.sourceReference(), body.officialMembers(),
                body.probationaryMembers(), body.since(), dispatcher.context()));
        return Versions.created(locations.of("party-organizations", id), id, 0);
    }

    /** Its kind and superior committee from a date: a classification, a re-affiliation. */
    @PostMapping("/{partyOrganizationId}/affiliations")
    ResponseEntity<Versions.Accepted> recordAffiliation(@PathVariable String partyOrganizationId,
                                                        @RequestHeader(value = "If-Match", required = false)
                                                        String ifMatch,
                                                        @Valid @RequestBody PartyOrganizationRequests.AffiliationChange body) {
        return changed(partyOrganizationId, new RecordAffiliationChange(partyOrganizationId, Versions.expected(ifMatch),
                body.kind(), body.superiorCommitteeUnitId(), body.effectiveOn(), dispatcher.context()));
    }

    @PostMapping("/{partyOrganizationId}/admissions")
    ResponseEntity<Versions.Accepted> recordAdmission(@PathVariable String partyOrganizationId,
                                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody PartyOrganizationRequests.Admission body) {
        return changed(partyOrganizationId, new RecordAdmission(partyOrganizationId, Versions.expected(ifMatch),
                body.admitted(), body.effectiveOn(), dispatcher.context()));
    }

    @PostMapping("/{partyOrganizationId}/transfers-in")
    ResponseEntity<Versions.Accepted> recordTransferIn(@PathVariable String partyOrganizationId,
                                                       @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                       @Valid @RequestBody PartyOrganizationRequests.Transfer body) {
        return changed(partyOrganizationId, new RecordTransferIn(partyOrganizationId, Versions.expected(ifMatch),
                body.transferTaskId(), body.members(), body.temporary(), body.effectiveOn(), dispatcher.context()));
    }

    @PostMapping("/{partyOrganizationId}/transfers-out")
    ResponseEntity<Versions.Accepted> recordTransferOut(@PathVariable String partyOrganizationId,
                                                        @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                        @Valid @RequestBody PartyOrganizationRequests.Transfer body) {
        return changed(partyOrganizationId, new RecordTransferOut(partyOrganizationId, Versions.expected(ifMatch),
                body.transferTaskId(), body.members(), body.temporary(), body.effectiveOn(), dispatcher.context()));
    }

    @PostMapping("/{partyOrganizationId}/recognitions")
    ResponseEntity<Versions.Accepted> recordRecognition(@PathVariable String partyOrganizationId,
                                                        @RequestHeader(value = "If-Match", required = false)
                                                        String ifMatch,
                                                        @Valid @RequestBody PartyOrganizationRequests.Recognition body) {
        return changed(partyOrganizationId, new RecordRecognition(partyOrganizationId, Versions.expected(ifMatch),
                body.members(), body.effectiveOn(), dispatcher.context()));
    }

    /** Death, removal from the rolls, expulsion, leaving on request: members of one status. */
    @PostMapping("/{partyOrganizationId}/exits")
    ResponseEntity<Versions.Accepted> recordExit(@PathVariable String partyOrganizationId,
                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody PartyOrganizationRequests.Exit body) {
        return changed(partyOrganizationId, new RecordExit(partyOrganizationId, Versions.expected(ifMatch),
                body.reason(), body.status(), body.members(), body.effectiveOn(), dispatcher.context()));
    }

    @PostMapping("/{partyOrganizationId}/merger")
    ResponseEntity<Versions.Accepted> merge(@PathVariable String partyOrganizationId,
                                            @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                            @Valid @RequestBody PartyOrganizationRequests.Merger body) {
        return changed(partyOrganizationId, new MergePartyOrganization(partyOrganizationId,
                Versions.expected(ifMatch), body.intoPartyOrganizationId(), body.effectiveOn(), dispatcher.context()));
    }

    @PostMapping("/{partyOrganizationId}/dissolution")
    ResponseEntity<Versions.Accepted> dissolve(@PathVariable String partyOrganizationId,
                                               @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                               @Valid @RequestBody PartyOrganizationRequests.Dissolution body) {
        return changed(partyOrganizationId, new DissolvePartyOrganization(partyOrganizationId,
                Versions.expected(ifMatch), body.reason(), body.successorShares(), body.leavingCounts(),
                body.effectiveOn(), dispatcher.context()));
    }

    private ResponseEntity<Versions.Accepted> changed(String partyOrganizationId, Object command) {
        long version = dispatcher.dispatch(command);
        return Versions.changed(partyOrganizationId, version);
    }
}
