package vn.directives.query.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.directives.events.report.ReportBasis;
import vn.directives.platform.web.RequestRefused;
import vn.directives.query.taskboard.QueryParameters;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The yearly report of a directive, rebuilt from the event history at each request: JSON (the
 * bytes an issued report's SHA-256 is taken of, also sent as {@code X-Report-SHA256}), DOCX and XLSX.
 * The cut-off is {@code cutOff}, or the cadence's day of {@code year}; {@code basis} is
 * {@code AS_RECORDED} (default) or {@code CORRECTED}; {@code historyPosition} regenerates a
 * corrected report on the history it was issued from.
 */
@RestController
@RequestMapping("/api/directives/{directiveId}/report")
class ReportController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final YearlyReports reports;
    private final Letterhead letterhead;

    ReportController(YearlyReports reports, Letterhead letterhead) {
        this.reports = reports;
        this.letterhead = letterhead;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> json(@PathVariable String directiveId, @RequestParam(required = false) String cutOff,
                                @RequestParam(required = false) String year,
                                @RequestParam(required = false) String basis,
                                @RequestParam(required = false) String historyPosition) {
        byte[] json = YearlyReports.toJson(report(directiveId, cutOff, year, basis, historyPosition));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Report-SHA256", ReportHash.sha256(json))
                .body(json);
    }

    /** @param number the report's number once issued (125 for Số 125-BC/BTCTU); blank in a draft */
    @GetMapping("/document")
    ResponseEntity<byte[]> document(@PathVariable String directiveId, @RequestParam(required = false) String cutOff,
                                    @RequestParam(required = false) String year,
                                    @RequestParam(required = false) String basis,
                                    @RequestParam(required = false) String historyPosition,
                                    @RequestParam(required = false) String number,
                                    @RequestParam(required = false) String issuedOn) {
        YearlyReport report = report(directiveId, cutOff, year, basis, historyPosition);
        LocalDate date = QueryParameters.date("issuedOn", issuedOn);
        byte[] document = ReportDocument.of(report, letterhead, reportNumber(number),
                date == null ? QueryParameters.today() : date);
        return file(document, DOCX, "bao-cao-" + report.cutOff().getYear() + ".docx");
    }

    @GetMapping("/workbook")
    ResponseEntity<byte[]> workbook(@PathVariable String directiveId, @RequestParam(required = false) String cutOff,
                                    @RequestParam(required = false) String year,
                                    @RequestParam(required = false) String basis,
                                    @RequestParam(required = false) String historyPosition) {
        YearlyReport report = report(directiveId, cutOff, year, basis, historyPosition);
        return file(ReportWorkbook.of(report), XLSX, "phu-luc-so-lieu-" + report.cutOff().getYear() + ".xlsx");
    }

    private YearlyReport report(String directiveId, String cutOff, String year, String basis, String position) {
        LocalDate day = QueryParameters.date("cutOff", cutOff);
        if (day == null && year == null) {
            throw RequestRefused.invalid("cutOff", "required",
                    "Cần cho biết ngày chốt số liệu (cutOff) hoặc năm báo cáo (year).",
                    "Give the cut-off date (cutOff) or the report's year (year).");
        }
        if (day == null) {
            day = reports.cutOffOf(directiveId, QueryParameters.integer("year", year, 0, 2000, 2100));
        }
        ReportBasis chosen = QueryParameters.oneOf("basis", basis, ReportBasis.class);
        Long upTo = position == null ? null
                : (long) QueryParameters.integer("historyPosition", position, 0, 1, Integer.MAX_VALUE);
        return reports.report(directiveId, day, chosen == null ? ReportBasis.AS_RECORDED : chosen, upTo);
    }

    private static String reportNumber(String number) {
        String value = QueryParameters.text(number);
        if (value != null && !value.matches("\\d{1,6}")) {
            throw RequestRefused.invalid("number", "format", "Số báo cáo (number) chỉ gồm chữ số, ví dụ 125.",
                    "The report's number (number) is digits only, e.g. 125.");
        }
        return value;
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
