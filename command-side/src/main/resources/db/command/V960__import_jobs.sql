-- Import jobs of the enterprise lists (vn.directives.command.enterprise.ImportJobs). The check step
-- keeps the file here, so that its report can be downloaded as a spreadsheet and a confirmed import
-- can run, and resume, from it. A confirmed import applies its rows in chunks, one transaction each;
-- rows_done moves in the transaction of the chunk it counts, so it says exactly which rows are
-- applied: the first rows_done rows of the file (in file order). The id is made from the file's bytes.
CREATE TABLE command.import_job (
    job_id        VARCHAR(40)  PRIMARY KEY,
    file          BYTEA        NOT NULL,
    file_name     VARCHAR(300),
    rows_total    INTEGER      NOT NULL,
    problems      INTEGER      NOT NULL,
    -- CHECKED (not started), RUNNING, FAILED (stopped at a chunk; resumable), DONE
    status        VARCHAR(20)  NOT NULL,
    rows_done     INTEGER      NOT NULL DEFAULT 0,
    -- the spreadsheet number of the last row applied (rows are numbered as the sheet numbers them)
    done_through  INTEGER,
    registered    INTEGER      NOT NULL DEFAULT 0,
    changed       INTEGER      NOT NULL DEFAULT 0,
    unchanged     INTEGER      NOT NULL DEFAULT 0,
    -- the spreadsheet row numbers of the chunk that failed, and why (rule and messages, no row content)
    failed_from   INTEGER,
    failed_to     INTEGER,
    failure_rule  VARCHAR(100),
    failure_vi    TEXT,
    failure_en    TEXT,
    checked_by    VARCHAR(100) NOT NULL,
    checked_at    TIMESTAMPTZ  NOT NULL,
    started_by    VARCHAR(100),
    started_at    TIMESTAMPTZ,
    -- moves with every chunk: a RUNNING job whose heartbeat is old lost its process and may be resumed
    heartbeat_at  TIMESTAMPTZ,
    finished_at   TIMESTAMPTZ
);
