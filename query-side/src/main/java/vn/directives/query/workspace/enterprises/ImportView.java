package vn.directives.query.workspace.enterprises;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The command side's import report as the import page shows it: its job, counts, every problem by row, and
 * for a list of Party members each organization's roster beside its recorded counts.
 */
record ImportView(String importJobId, int rows, int toRegister, int toChange, int unchanged, List<Problem> problems,
                  List<Reconciliation> reconciliation) {

    record Problem(int row, String column, String rule, String message, String messageEn) {
    }

    /** An organization's roster against its recorded counts: whether they agree, and the sentence saying so. */
    record Reconciliation(boolean agrees, String message, String messageEn) {
    }

    /** Null when the answer carries no report (the file itself was refused). */
    static ImportView of(JsonNode report) {
        if (report == null || report.isMissingNode() || !report.has("rows")) {
            return null;
        }
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < report.path("problems").size(); i++) {
            JsonNode p = report.path("problems").get(i);
            problems.add(new Problem(p.path("row").asInt(), p.path("column").asString(null),
                    p.path("rule").asString(null), p.path("message").asString(null),
                    p.path("message_en").asString(null)));
        }
        List<Reconciliation> reconciliation = new ArrayList<>();
        for (JsonNode r : report.path("reconciliation")) {
            reconciliation.add(new Reconciliation(r.path("agrees").asBoolean(), r.path("message").asString(null),
                    r.path("message_en").asString(null)));
        }
        return new ImportView(report.path("importJobId").asString(null), report.path("rows").asInt(), report.path("toRegister").asInt(),
                report.path("toChange").asInt(), report.path("unchanged").asInt(), problems, reconciliation);
    }
}
