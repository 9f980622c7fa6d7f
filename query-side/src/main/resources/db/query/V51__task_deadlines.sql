-- Read model: the deadline of every task (any kind), projected by the processing group
-- "task-deadlines" from the task openings and the common task events. The due date is the latest
-- one after approved extensions.
CREATE TABLE query.task_deadline (
    task_id       VARCHAR(100) PRIMARY KEY,
    kind          VARCHAR(30)  NOT NULL,
    title         TEXT         NOT NULL,
    lead_unit_id  VARCHAR(100) NOT NULL,
    assignee_id   VARCHAR(100) NOT NULL,
    opened_on     DATE         NOT NULL,
    due_date      DATE         NOT NULL,
    status        VARCHAR(20)  NOT NULL CHECK (status IN ('OPEN', 'COMPLETED', 'CANCELLED')),
    -- sequence number of the task's last event applied, so that a replayed one is skipped
    last_sequence BIGINT       NOT NULL
);

CREATE INDEX task_deadline_open_by_due_date ON query.task_deadline (due_date) WHERE status = 'OPEN';
CREATE INDEX task_deadline_open_by_unit ON query.task_deadline (lead_unit_id, due_date) WHERE status = 'OPEN';
CREATE INDEX task_deadline_open_by_assignee ON query.task_deadline (assignee_id, due_date) WHERE status = 'OPEN';
