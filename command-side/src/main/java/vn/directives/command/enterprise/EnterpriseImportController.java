package vn.directives.command.enterprise;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Imports of enterprise lists: the file (XLSX or CSV) is the request body. A validation changes
 * nothing but keeps the file, and answers every problem by row and column (also as a spreadsheet,
 * {@code /{id}/report}); an import checks again and runs the file's job, answering when it has
 * ended, or at once (202, the job's {@code Location}) with {@code Prefer: respond-async}, its
 * progress then read from {@code /{id}}. {@code /{id}/runs} starts or resumes a checked file's job.
 */
@RestController
@RequestMapping("/api/enterprise-imports")
class EnterpriseImportController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final EnterpriseImport imports;

    EnterpriseImportController(EnterpriseImport imports) {
        this.imports = imports;
    }

    @PostMapping("/validations")
    ImportReport validate(@RequestBody byte[] file, @RequestParam(required = false) String fileName) {
        return imports.validate(file, fileName);
    }

    @PostMapping
    ResponseEntity<Object> importAll(@RequestBody byte[] file, @RequestParam(required = false) String fileName,
                                     @RequestHeader(value = "Prefer", required = false) String prefer) {
        return answer(imports.start(file, fileName, async(prefer)));
    }

    @PostMapping("/{jobId}/runs")
    ResponseEntity<Object> run(@PathVariable String jobId,
                               @RequestHeader(value = "Prefer", required = false) String prefer) {
        return answer(imports.resume(jobId, async(prefer)));
    }

    @GetMapping("/{jobId}")
    ImportJob job(@PathVariable String jobId) {
        return imports.job(jobId);
    }

    @GetMapping(value = "/{jobId}/report", produces = {
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> report(@PathVariable String jobId) {
        byte[] workbook = imports.reportWorkbook(jobId);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("kiem-tra-" + jobId + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }

    private static ResponseEntity<Object> answer(EnterpriseImport.Started started) {
        if (started.report() != null) {
            return ResponseEntity.ok(started.report());
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/enterprise-imports/" + started.job().importJobId()))
                .header("Preference-Applied", "respond-async")
                .body(started.job());
    }

    /** RFC 7240: the client would rather have the job's address at once than wait for its end. */
    private static boolean async(String prefer) {
        return prefer != null && prefer.toLowerCase().contains("respond-async");
    }
}
