package vn.directives.command.enterprise;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports of enterprise lists: the file (XLSX or CSV) is the request body. A validation changes
 * nothing and answers every problem by row and column; an import stores every row or none.
 */
@RestController
@RequestMapping("/api/enterprise-imports")
class EnterpriseImportController {

    private final EnterpriseImport imports;

    EnterpriseImportController(EnterpriseImport imports) {
        this.imports = imports;
    }

    @PostMapping("/validations")
    ImportReport validate(@RequestBody byte[] file) {
        return imports.validate(file);
    }

    @PostMapping
    ImportReport importAll(@RequestBody byte[] file) {
        return imports.importAll(file);
    }
}
