package vn.directives.query.workspace.enterprises;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.JsonNode;
import vn.directives.query.workspace.CommandOutcome;
import vn.directives.query.workspace.CommandSide;
import vn.directives.query.workspace.PageNotFound;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The import of a list: upload the file and check it (every problem by row, column and rule,
 * nothing stored; the same report as a spreadsheet to correct the file from), then import it. The
 * import is a job of the command side: the page answers at once with the job's page, which follows
 * its progress (every second, by htmx) until it is done, or says where it stopped and resumes it.
 * The file goes to the command side as uploaded; its answers are shown as they are.
 */
@Controller
class ImportPage {

    /** Job ids as the command side makes them: nothing else is put into a path sent there. */
    private static final Pattern JOB_ID = Pattern.compile("import-[0-9a-f]{16}");

    private final CommandSide commands;
    private final MessageSource labels;

    ImportPage(CommandSide commands, MessageSource labels) {
        this.commands = commands;
        this.labels = labels;
    }

    @GetMapping("/enterprises/imports")
    ModelAndView form() {
        EnterprisePages.requireOrganizationCommittee();
        return new ModelAndView("enterprises/import");
    }

    @PostMapping("/enterprises/imports")
    ModelAndView upload(@RequestParam("file") MultipartFile file, @RequestParam String action) throws IOException {
        EnterprisePages.requireOrganizationCommittee();
        boolean importing = action.equals("import");
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String query = "?fileName=" + UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8);
        CommandOutcome outcome = importing ? commands.startJob("/api/enterprise-imports" + query, file.getBytes())
                : commands.sendFile("/api/enterprise-imports/validations" + query, file.getBytes());
        String running = outcome.body().path("importJobId").asString(null);
        if (importing && (outcome.status() == 202 || "import-running".equals(rule(outcome))) && running != null) {
            return new ModelAndView("redirect:/enterprises/imports/" + running);
        }
        ModelAndView page = new ModelAndView("enterprises/import",
                outcome.accepted() ? HttpStatus.OK : HttpStatus.valueOf(outcome.status()));
        JsonNode report = outcome.accepted() ? outcome.body() : outcome.body().path("report");
        page.addObject("fileName", name);
        page.addObject("report", ImportView.of(report));
        page.addObject("problems", FormProblems.of(outcome, labels));
        return page;
    }

    @GetMapping("/enterprises/imports/{jobId}")
    ModelAndView job(@PathVariable String jobId) {
        EnterprisePages.requireOrganizationCommittee();
        CommandOutcome outcome = commands.read("/api/enterprise-imports/" + known(jobId));
        if (outcome.status() == 404) {
            throw new PageNotFound("import " + jobId);
        }
        ModelAndView page = new ModelAndView("enterprises/import-job",
                outcome.accepted() ? HttpStatus.OK : HttpStatus.valueOf(outcome.status()));
        page.addObject("job", ImportJobView.of(outcome.body()));
        page.addObject("problems", FormProblems.of(outcome, labels));
        return page;
    }

    /** Starts a checked file's import, or resumes a stopped one from its first row not applied. */
    @PostMapping("/enterprises/imports/{jobId}/runs")
    ModelAndView run(@PathVariable String jobId) {
        EnterprisePages.requireOrganizationCommittee();
        CommandOutcome outcome = commands.startJob("/api/enterprise-imports/" + known(jobId) + "/runs", null);
        if (outcome.status() == 202 || "import-running".equals(rule(outcome))) {
            return new ModelAndView("redirect:/enterprises/imports/" + jobId);
        }
        if (outcome.status() == 404) {
            throw new PageNotFound("import " + jobId);
        }
        ModelAndView page = new ModelAndView("enterprises/import", HttpStatus.valueOf(outcome.status()));
        page.addObject("report", ImportView.of(outcome.body().path("report")));
        page.addObject("problems", FormProblems.of(outcome, labels));
        return page;
    }

    /** The check's report as a spreadsheet: the file's rows with the problems beside them. */
    @GetMapping("/enterprises/imports/{jobId}/report.xlsx")
    ResponseEntity<byte[]> report(@PathVariable String jobId) {
        EnterprisePages.requireOrganizationCommittee();
        byte[] workbook = commands.download("/api/enterprise-imports/" + known(jobId) + "/report");
        if (workbook == null) {
            throw new PageNotFound("import " + jobId);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("kiem-tra-" + jobId + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }

    private static String known(String jobId) {
        if (!JOB_ID.matcher(jobId).matches()) {
            throw new PageNotFound("import " + jobId);
        }
        return jobId;
    }

    private static String rule(CommandOutcome outcome) {
        return outcome.body().path("errors").path(0).path("rule").asString(null);
    }
}
