package vn.directives.command.enterprise;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code command.import_job}: each checked file, and the progress of its import. Every change of
 * progress is guarded by the state it expects (the rows done so far, the job running), so that two
 * runners of one job, or a retry, can never both apply a chunk.
 */
@Component
class ImportJobs {

    /** A running job whose heartbeat is older than this lost its process: it is shown failed, and may be resumed. */
    static final Duration STALE = Duration.ofSeconds(90);

    private static final RowMapper<ImportJob> JOB = (row, n) -> {
        String status = row.getString("status");
        Instant heartbeat = instant(row.getTimestamp("heartbeat_at"));
        boolean lost = status.equals("RUNNING") && heartbeat != null
                && heartbeat.isBefore(row.getTimestamp("now").toInstant().minus(STALE));
        ImportJob.Failure failure = lost
                ? new ImportJob.Failure(null, null, "import-interrupted",
                "Việc nhập bị gián đoạn (máy chủ dừng); các dòng đã nhập được giữ, hãy nhập tiếp.",
                "The import was interrupted (the server stopped); the rows applied are kept: resume it.")
                : row.getString("failure_rule") == null ? null
                : new ImportJob.Failure((Integer) row.getObject("failed_from"), (Integer) row.getObject("failed_to"),
                row.getString("failure_rule"), row.getString("failure_vi"), row.getString("failure_en"));
        return new ImportJob(row.getString("job_id"), row.getString("file_name"), lost ? "FAILED" : status,
                row.getInt("rows_total"), row.getInt("rows_done"), (Integer) row.getObject("done_through"),
                row.getInt("registered"), row.getInt("changed"), row.getInt("unchanged"), row.getInt("problems"),
                failure, instant(row.getTimestamp("checked_at")), instant(row.getTimestamp("started_at")),
                instant(row.getTimestamp("finished_at")));
    };

    private final JdbcClient jdbc;

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a checked file and its counts; a job already started keeps its progress. */
    void checked(String jobId, byte[] file, String fileName, int rows, int problems, String actor) {
        jdbc.sql("""
                        INSERT INTO command.import_job (job_id, file, file_name, rows_total, problems, status,
                               checked_by, checked_at)
                        VALUES (:jobId, :file, :fileName, :rows, :problems, 'CHECKED', :actor, now())
                        ON CONFLICT (job_id) DO UPDATE
                           SET problems = excluded.problems, checked_by = excluded.checked_by,
                               checked_at = excluded.checked_at,
                               file_name = coalesce(excluded.file_name, command.import_job.file_name)""")
                .param("jobId", jobId)
                .param("file", file)
                .param("fileName", fileName)
                .param("rows", rows)
                .param("problems", problems)
                .param("actor", actor)
                .update();
    }

    /**
     * Marks the job running for this runner and answers the rows already applied (from which it
     * goes on), or empty when it is running elsewhere. A job done before runs again from its first
     * row: its rows now equal the registry, so the run sends nothing and counts them unchanged.
     */
    Optional<Integer> claim(String jobId, String actor) {
        return jdbc.sql("""
                        UPDATE command.import_job
                           SET rows_done = CASE WHEN status = 'DONE' THEN 0 ELSE rows_done END,
                               done_through = CASE WHEN status = 'DONE' THEN NULL ELSE done_through END,
                               registered = CASE WHEN status = 'DONE' THEN 0 ELSE registered END,
                               changed = CASE WHEN status = 'DONE' THEN 0 ELSE changed END,
                               unchanged = CASE WHEN status = 'DONE' THEN 0 ELSE unchanged END,
                               status = 'RUNNING', started_by = :actor, started_at = now(), heartbeat_at = now(),
                               finished_at = NULL, failed_from = NULL, failed_to = NULL, failure_rule = NULL,
                               failure_vi = NULL, failure_en = NULL
                         WHERE job_id = :jobId
                           AND (status <> 'RUNNING' OR heartbeat_at < now() - make_interval(secs => :stale))
                        RETURNING rows_done""")
                .param("jobId", jobId)
                .param("actor", actor)
                .param("stale", STALE.toSeconds())
                .query(Integer.class)
                .optional();
    }

    /** Records a chunk applied, in the chunk's transaction; false when the job is not where the runner thinks. */
    boolean applied(String jobId, int fromRows, Chunk chunk) {
        return jdbc.sql("""
                        UPDATE command.import_job
                           SET rows_done = :rowsDone, done_through = :doneThrough,
                               registered = registered + :registered, changed = changed + :changed,
                               unchanged = unchanged + :unchanged, heartbeat_at = now()
                         WHERE job_id = :jobId AND status = 'RUNNING' AND rows_done = :from""")
                .param("jobId", jobId)
                .param("from", fromRows)
                .param("rowsDone", chunk.rowsDone())
                .param("doneThrough", chunk.doneThroughRow())
                .param("registered", chunk.registered())
                .param("changed", chunk.changed())
                .param("unchanged", chunk.unchanged())
                .update() == 1;
    }

    /** What one chunk's transaction applied. */
    record Chunk(int rowsDone, int doneThroughRow, int registered, int changed, int unchanged) {
    }

    void failed(String jobId, int fromRow, int toRow, String rule, String messageVi, String messageEn) {
        jdbc.sql("""
                        UPDATE command.import_job
                           SET status = 'FAILED', failed_from = :fromRow, failed_to = :toRow, failure_rule = :rule,
                               failure_vi = :vi, failure_en = :en, finished_at = now()
                         WHERE job_id = :jobId AND status = 'RUNNING'""")
                .param("jobId", jobId)
                .param("fromRow", fromRow)
                .param("toRow", toRow)
                .param("rule", rule)
                .param("vi", messageVi)
                .param("en", messageEn)
                .update();
    }

    void done(String jobId) {
        jdbc.sql("""
                        UPDATE command.import_job SET status = 'DONE', finished_at = now(), heartbeat_at = now()
                         WHERE job_id = :jobId AND status = 'RUNNING'""")
                .param("jobId", jobId)
                .update();
    }

    Optional<ImportJob> find(String jobId) {
        return jdbc.sql("SELECT *, now() AS now FROM command.import_job WHERE job_id = :jobId")
                .param("jobId", jobId)
                .query(JOB)
                .optional();
    }

    /** The file as checked, and its name (null when none was given). */
    Optional<StoredFile> file(String jobId) {
        return jdbc.sql("SELECT file, file_name FROM command.import_job WHERE job_id = :jobId")
                .param("jobId", jobId)
                .query((row, n) -> new StoredFile(row.getBytes("file"), row.getString("file_name")))
                .optional();
    }

    record StoredFile(byte[] bytes, String name) {
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
