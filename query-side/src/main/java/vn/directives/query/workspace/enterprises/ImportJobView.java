package vn.directives.query.workspace.enterprises;

import tools.jackson.databind.JsonNode;

/**
 * An import job as its page shows it: where it stands (rows done of all, the last sheet row
 * applied), what it has done, and why it stopped. {@code running} keeps the page polling.
 */
record ImportJobView(String importJobId, String fileName, String status, int rows, int rowsDone,
                     Integer doneThroughRow, int registered, int changed, int unchanged, int problems,
                     String failureRule, String failureMessage, String failureMessageEn) {

    static ImportJobView of(JsonNode job) {
        JsonNode failure = job.path("failure");
        return new ImportJobView(job.path("importJobId").asString(), job.path("fileName").asString(null),
                job.path("status").asString(), job.path("rows").asInt(), job.path("rowsDone").asInt(),
                job.path("doneThroughRow").isNumber() ? job.path("doneThroughRow").asInt() : null,
                job.path("registered").asInt(), job.path("changed").asInt(), job.path("unchanged").asInt(),
                job.path("problems").asInt(), failure.path("rule").asString(null),
                failure.path("message").asString(null), failure.path("message_en").asString(null));
    }

    public boolean running() {
        return status.equals("RUNNING");
    }

    public boolean done() {
        return status.equals("DONE");
    }

    public boolean failed() {
        return status.equals("FAILED");
    }

    /** Not started yet (checked only): it can be started from here. */
    public boolean checked() {
        return status.equals("CHECKED");
    }

    /** Whole percent of the rows done, for the progress bar's label. */
    public int percent() {
        return rows == 0 ? 100 : (int) Math.floor(100.0 * rowsDone / rows);
    }
}
