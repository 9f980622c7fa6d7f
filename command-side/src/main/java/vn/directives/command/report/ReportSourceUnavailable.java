package vn.directives.command.report;

import org.springframework.http.HttpStatus;
import vn.directives.platform.web.RequestRefused;

/** The query side could not build the report to be issued; nothing was issued (503, try again). */
public class ReportSourceUnavailable extends RequestRefused {

    ReportSourceUnavailable(String why) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "report-unavailable", null,
                "Phía truy vấn chưa lập được báo cáo; chưa có gì được ghi nhận, hãy thử lại.",
                "The query side could not build the report (" + why + "); nothing was recorded, try again.");
    }
}
