package vn.directives.command.report;

/** The query side could not build the report to be issued; nothing was issued (503, try again). */
public class ReportSourceUnavailable extends RuntimeException {

    ReportSourceUnavailable(String why) {
        super("The report could not be fetched from the query side: " + why);
    }
}
