package vn.directives.command.report;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.command.infrastructure.CommandDispatcher;
import vn.directives.command.infrastructure.web.Versions;

import java.util.UUID;

/**
 * Issuing a yearly report (ban hành báo cáo): the query side builds the report's JSON from the
 * event history, this side hashes those exact bytes and records number, basis, cut-off, history
 * position and hash as {@code ReportIssued}. {@code Location} is the query side's URL that
 * regenerates the same JSON; {@code X-Report-SHA256} is its hash.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    static final String HASH_HEADER = "X-Report-SHA256";

    private final CommandDispatcher dispatcher;
    private final ReportSource source;

    ReportController(CommandDispatcher dispatcher, ReportSource source) {
        this.dispatcher = dispatcher;
        this.source = source;
    }

    @PostMapping
    ResponseEntity<Versions.Accepted> issue(@Valid @RequestBody IssueReportRequest request) {
        ReportSource.Fetched report = source.fetch(request.directiveId(), request.cutOff(), request.basis());
        String id = UUID.randomUUID().toString();
        dispatcher.dispatch(new IssueReport(id, request.directiveId(), request.number(), request.basis(),
                request.cutOff(), report.historyPosition(), report.sha256(), dispatcher.context()));
        return ResponseEntity.created(report.location())
                .eTag(Versions.etag(0))
                .header(HASH_HEADER, report.sha256())
                .body(new Versions.Accepted(id, 0, null));
    }
}
