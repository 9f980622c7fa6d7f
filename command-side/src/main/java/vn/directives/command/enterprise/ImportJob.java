package vn.directives.command.enterprise;

import java.time.Instant;

/**
 * An import job as its page and its API show it. {@code status}: {@code CHECKED} (checked, not
 * started), {@code RUNNING}, {@code FAILED} (stopped at a chunk, or its process ended: resumable),
 * {@code DONE}. The rows applied are always the file's first {@code rowsDone} rows, the last of
 * them row {@code doneThroughRow} of the sheet; the counts are of those rows.
 */
record ImportJob(String importJobId, String fileName, String status, int rows, int rowsDone, Integer doneThroughRow,
                 int registered, int changed, int unchanged, int problems, Failure failure, Instant checkedAt,
                 Instant startedAt, Instant finishedAt) {

    /** Why a job stopped: the sheet's rows of the chunk that was rolled back, the rule and the messages. */
    record Failure(Integer fromRow, Integer toRow, String rule, String message, String message_en) {
    }

    boolean finished() {
        return status.equals("DONE") || status.equals("FAILED");
    }
}
