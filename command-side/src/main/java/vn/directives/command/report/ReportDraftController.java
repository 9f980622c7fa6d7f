package vn.directives.command.report;

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

import java.time.LocalDate;
import java.util.UUID;

/**
 * Report drafts (dự thảo báo cáo): created for a directive, a period and a basis, then written,
 * reviewed and issued through sub-resources, each change guarded by {@code If-Match} like tasks.
 * Issuing has the query side render the document in every format at the draft's version and
 * keeps the exact bytes with their hashes.
 */
@RestController
@RequestMapping("/api/report-drafts")
class ReportDraftController {

    private static final String IF_MATCH = "If-Match";

    private final CommandDispatcher dispatcher;
    private final TaskLocations locations;
    private final HistoryPosition history;
    private final DraftRendering rendering;

    ReportDraftController(CommandDispatcher dispatcher, TaskLocations locations, HistoryPosition history,
                          DraftRendering rendering) {
        this.dispatcher = dispatcher;
        this.locations = locations;
        this.history = history;
        this.rendering = rendering;
    }

    @PostMapping
    ResponseEntity<Versions.Accepted> create(@Valid @RequestBody DraftRequests.Create body) {
        String id = UUID.randomUUID().toString();
        dispatcher.dispatch(new DraftCommands.CreateReportDraft(id, body.directiveId(), body.from(), body.to(),
                body.basis(), history.last(), dispatcher.context()));
        return Versions.created(locations.of("report-drafts", id), id, 0);
    }

    @PostMapping("/{draftId}/figures")
    ResponseEntity<Versions.Accepted> refresh(@PathVariable String draftId,
                                              @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return changed(draftId, new DraftCommands.RefreshDraftFigures(draftId, Versions.expected(ifMatch),
                history.last(), dispatcher.context()));
    }

    @PostMapping("/{draftId}/sections")
    ResponseEntity<Versions.Accepted> write(@PathVariable String draftId,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody DraftRequests.Section body) {
        return changed(draftId, new DraftCommands.WriteDraftSection(draftId, Versions.expected(ifMatch),
                body.section(), body.text(), dispatcher.context()));
    }

    @PostMapping("/{draftId}/addressing")
    ResponseEntity<Versions.Accepted> address(@PathVariable String draftId,
                                              @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                              @Valid @RequestBody DraftRequests.Addressing body) {
        return changed(draftId, new DraftCommands.AddressDraft(draftId, Versions.expected(ifMatch),
                body.recipients(), body.signatureForm(), body.signatoryTitle(), body.signatoryName(),
                dispatcher.context()));
    }

    @PostMapping("/{draftId}/submission")
    ResponseEntity<Versions.Accepted> submit(@PathVariable String draftId,
                                             @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return changed(draftId, new DraftCommands.SubmitDraft(draftId, Versions.expected(ifMatch),
                dispatcher.context()));
    }

    @PostMapping("/{draftId}/return")
    ResponseEntity<Versions.Accepted> giveBack(@PathVariable String draftId,
                                               @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                               @Valid @RequestBody DraftRequests.Return body) {
        return changed(draftId, new DraftCommands.ReturnDraft(draftId, Versions.expected(ifMatch), body.comments(),
                dispatcher.context()));
    }

    @PostMapping("/{draftId}/approval")
    ResponseEntity<Versions.Accepted> approve(@PathVariable String draftId,
                                              @RequestHeader(value = IF_MATCH, required = false) String ifMatch) {
        return changed(draftId, new DraftCommands.ApproveDraft(draftId, Versions.expected(ifMatch),
                dispatcher.context()));
    }

    /** The answer's {@code X-Report-SHA256} is the hash of the issued JSON, as for the yearly report. */
    @PostMapping("/{draftId}/issue")
    ResponseEntity<Versions.Accepted> issue(@PathVariable String draftId,
                                            @RequestHeader(value = IF_MATCH, required = false) String ifMatch,
                                            @Valid @RequestBody DraftRequests.Issue body) {
        LocalDate issuedOn = body.issuedOn() == null ? dispatcher.context().today() : body.issuedOn();
        DraftRendering.Rendered rendered = rendering.render(draftId, Versions.expected(ifMatch), body.number(),
                issuedOn);
        long version = dispatcher.dispatch(new DraftCommands.IssueDraft(draftId, rendered.version(), body.number(),
                rendered.numberSuffix(), issuedOn, rendered.files(), dispatcher.context()));
        return ResponseEntity.ok().eTag(Versions.etag(version))
                .header(ReportController.HASH_HEADER, ReportSource.sha256(rendered.files().get("json")))
                .body(new Versions.Accepted(draftId, version, null));
    }

    private ResponseEntity<Versions.Accepted> changed(String draftId, Object command) {
        long version = dispatcher.dispatch(command);
        return Versions.changed(draftId, version);
    }
}
