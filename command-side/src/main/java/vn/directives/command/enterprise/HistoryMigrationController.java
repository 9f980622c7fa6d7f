package vn.directives.command.enterprise;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * History migrations (chuyển số liệu từ hệ thống cũ): the file (XLSX or CSV, one of the lists an
 * import takes, with the day each row was originally recorded) is the request body, the source
 * a parameter. A validation changes nothing; a migration stores nothing while a row has a problem,
 * then applies the rows as an import's job does, chunk by chunk.
 */
@RestController
@RequestMapping("/api/history-migrations")
class HistoryMigrationController {

    private final HistoryMigration migrations;

    HistoryMigrationController(HistoryMigration migrations) {
        this.migrations = migrations;
    }

    @PostMapping("/validations")
    MigrationReport validate(@RequestParam(required = false) String source, @RequestBody byte[] file) {
        return migrations.validate(file, source);
    }

    @PostMapping
    MigrationReport migrate(@RequestParam(required = false) String source, @RequestBody byte[] file) {
        return migrations.migrate(file, source);
    }
}
