-- Read model: the timeline of each task, who did what and when (vn.directives.query.timeline).
-- One row per event, keyed by the event's identifier so that a replayed event inserts nothing;
-- an aggregate's sequence numbers are unique too, and give the order the timeline is read in.
-- The sentences are written when the event is applied: changing their wording means a rebuild.
CREATE TABLE task_timeline_entry (
    event_id        VARCHAR(255) PRIMARY KEY,
    task_id         VARCHAR(255) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    event_type      VARCHAR(100) NOT NULL,
    -- metadata of the event: the acting user, the roles they acted in (comma-separated) and the
    -- request that caused it; pseudonymous ids, never names
    actor           VARCHAR(255),
    role            VARCHAR(255),
    correlation_id  VARCHAR(255),
    -- when the event was recorded (its timestamp) and when it happened (its effective date)
    recorded_at     TIMESTAMPTZ  NOT NULL,
    effective_on    DATE         NOT NULL,
    change_vi       TEXT         NOT NULL,
    change_en       TEXT         NOT NULL,
    CONSTRAINT task_timeline_entry_task_sequence UNIQUE (task_id, sequence_number)
);
