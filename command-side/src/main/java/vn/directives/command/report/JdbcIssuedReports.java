package vn.directives.command.report;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Issued report numbers and files, written in the transaction of the command that issues: a
 * refused or failed issue leaves neither. The number's row is inserted with ON CONFLICT DO
 * NOTHING (a unique violation would abort the whole PostgreSQL transaction): of two issues of one
 * number racing, the second waits for the first and finds it taken. The files sit beside the
 * event store, append-only and readable by the query side, which serves and verifies them.
 */
@Component
class JdbcIssuedReports implements IssuedReports {

    private final JdbcClient jdbc;

    JdbcIssuedReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<LocalDate> directiveIssuedOn(String directiveId) {
        return jdbc.sql("SELECT issued_on FROM command.directive WHERE directive_id = :id")
                .param("id", directiveId)
                .query(LocalDate.class)
                .optional();
    }

    @Override
    public boolean claimNumber(String numberSuffix, int year, String number, String draftId) {
        return jdbc.sql("""
                        INSERT INTO command.report_number (issuing_body, year, number, draft_id)
                        VALUES (:body, :year, :number, :draftId)
                        ON CONFLICT DO NOTHING""")
                .param("body", numberSuffix)
                .param("year", year)
                .param("number", number)
                .param("draftId", draftId)
                .update() == 1;
    }

    @Override
    public void keep(String draftId, Map<String, byte[]> files, Map<String, String> sha256) {
        files.forEach((format, bytes) -> jdbc.sql("""
                        INSERT INTO events.issued_report_file (draft_id, format, sha256, content)
                        VALUES (:draftId, :format, :sha256, :content)""")
                .param("draftId", draftId)
                .param("format", format)
                .param("sha256", sha256.get(format))
                .param("content", bytes)
                .update());
    }
}
