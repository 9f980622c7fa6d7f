-- Read model: the coordinating units' progress reports on general tasks (their contributions,
-- vn.directives.query.discussion), for the task page's list of each unit's last report. Follows the
-- task-timeline processor like the comments, keyed by event. Nothing to rebuild: before this
-- version no coordinating unit could report progress.
CREATE TABLE query.task_progress_contribution (
    event_id             VARCHAR(255) PRIMARY KEY,
    task_id              VARCHAR(255) NOT NULL,
    coordinating_unit_id VARCHAR(255) NOT NULL,
    percentage           INTEGER      NOT NULL,
    text                 TEXT         NOT NULL,
    effective_on         DATE         NOT NULL,
    reported_by          VARCHAR(255) NOT NULL,
    recorded_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX task_progress_contribution_by_task ON query.task_progress_contribution (task_id, coordinating_unit_id);
