package vn.directives.command.memberdevelopment;

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

/**
 * Member development: register a candidate of an enterprise, record the awareness course they
 * passed, their admission as a probationary member, their recognition as official, or drop them.
 * A candidate is named by their pseudonymous reference in the path.
 */
@RestController
@RequestMapping("/api/candidates")
class CandidateController {

    private final CommandDispatcher dispatcher;
    private final String queryBaseUrl;

    CandidateController(CommandDispatcher dispatcher, @Value("${directives.query-side.base-url}") String queryBaseUrl) {
        this.dispatcher = dispatcher;
        this.queryBaseUrl = queryBaseUrl;
    }

    @PostMapping
    ResponseEntity<Versions.Accepted> register(@Valid @RequestBody CandidateRequests.Registration body) {
        dispatcher.dispatch(new RegisterCandidate(body.candidateRef(), body.enterpriseTaxCode(), body.category(),
                body.effectiveOn(), dispatcher.context()));
        return Versions.created(URI.create(queryBaseUrl + "/api/candidates/" + body.candidateRef()),
                body.candidateRef(), 0);
    }

    @PostMapping("/{candidateRef}/awareness-course")
    ResponseEntity<Versions.Accepted> awarenessCourse(@PathVariable String candidateRef,
                                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                      @Valid @RequestBody CandidateRequests.AwarenessCourse body) {
        return changed(candidateRef, new RecordAwarenessCourse(CandidateStream.id(candidateRef),
                Versions.expected(ifMatch), body.trainingCourseId(), dispatcher.context()));
    }

    @PostMapping("/{candidateRef}/admission")
    ResponseEntity<Versions.Accepted> admission(@PathVariable String candidateRef,
                                                @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                @Valid @RequestBody CandidateRequests.Admission body) {
        return changed(candidateRef, new AdmitCandidate(CandidateStream.id(candidateRef), Versions.expected(ifMatch),
                body.partyOrganizationId(), body.courseWaiverReason(), body.effectiveOn(), dispatcher.context()));
    }

    @PostMapping("/{candidateRef}/recognition")
    ResponseEntity<Versions.Accepted> recognition(@PathVariable String candidateRef,
                                                  @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                  @Valid @RequestBody CandidateRequests.Recognition body) {
        return changed(candidateRef, new RecognizeOfficial(CandidateStream.id(candidateRef),
                Versions.expected(ifMatch), body.effectiveOn(), dispatcher.context()));
    }

    @PostMapping("/{candidateRef}/withdrawal")
    ResponseEntity<Versions.Accepted> withdrawal(@PathVariable String candidateRef,
                                                 @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                                 @Valid @RequestBody CandidateRequests.Withdrawal body) {
        return changed(candidateRef, new DropCandidate(CandidateStream.id(candidateRef), Versions.expected(ifMatch),
                body.reason(), body.effectiveOn(), dispatcher.context()));
    }

    private ResponseEntity<Versions.Accepted> changed(String candidateRef, Object command) {
        long version = dispatcher.dispatch(command);
        return Versions.changed(candidateRef, version);
    }
}
