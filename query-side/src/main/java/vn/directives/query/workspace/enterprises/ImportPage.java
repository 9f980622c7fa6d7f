package vn.directives.query.workspace.enterprises;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.JsonNode;
import vn.directives.query.workspace.CommandOutcome;
import vn.directives.query.workspace.CommandSide;

import java.io.IOException;

/**
 * The import of an enterprise list: upload the file and check it (every problem by row, column
 * and rule, nothing stored), then import it (every row or none). The file goes to the command side
 * as uploaded; its answer is shown as it is.
 */
@Controller
class ImportPage {

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
        CommandOutcome outcome = commands.sendFile(importing ? "/api/enterprise-imports"
                : "/api/enterprise-imports/validations", file.getBytes());
        ModelAndView page = new ModelAndView("enterprises/import",
                outcome.accepted() ? HttpStatus.OK : HttpStatus.valueOf(outcome.status()));
        JsonNode report = outcome.accepted() ? outcome.body() : outcome.body().path("report");
        page.addObject("fileName", file.getOriginalFilename());
        page.addObject("report", ImportView.of(report));
        page.addObject("problems", FormProblems.of(outcome, labels));
        page.addObject("imported", importing && outcome.accepted());
        return page;
    }
}
