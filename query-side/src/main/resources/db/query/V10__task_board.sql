-- Read model: the task board (every task of every kind) and, from the same tables, the workload
-- per Steering Committee member and per unit. Written by the "task-board" projection only.
-- Free text is TEXT: a projection must never refuse a value the command side accepted.

-- One row per task: what it is now, after the last event applied.
CREATE TABLE task_board (
    task_id              VARCHAR(100) PRIMARY KEY,
    kind                 VARCHAR(30)  NOT NULL,
    directive_id         VARCHAR(100) NOT NULL,
    point_number         INTEGER      NOT NULL,
    title                TEXT         NOT NULL,
    lead_unit_id         VARCHAR(100) NOT NULL,
    assignee_id          VARCHAR(100) NOT NULL,
    opened_on            DATE         NOT NULL,
    opened_by            VARCHAR(100) NOT NULL,
    due_date             DATE         NOT NULL,
    pending_extension_id VARCHAR(100),
    pending_due_date     DATE,
    pending_requested_on DATE,
    status               VARCHAR(20)  NOT NULL,
    completed_on         DATE,
    cancelled_on         DATE,
    cancellation_reason  TEXT,
    extensions_approved  INTEGER      NOT NULL DEFAULT 0,
    extensions_rejected  INTEGER      NOT NULL DEFAULT 0,
    step                 VARCHAR(40)  NOT NULL,
    step_rank            INTEGER      NOT NULL,
    -- sequence number of the task's last event applied: the aggregate version (ETag), and the
    -- guard that makes every handler skip an event it has already applied
    version              BIGINT       NOT NULL,
    last_recorded_at     TIMESTAMPTZ  NOT NULL
);

CREATE INDEX task_board_directive ON task_board (directive_id);
CREATE INDEX task_board_lead_unit ON task_board (lead_unit_id);
CREATE INDEX task_board_opened_on ON task_board (opened_on);

-- The coordinating units of each task, in the order the task lists them.
CREATE TABLE task_board_coordinating_unit (
    task_id  VARCHAR(100) NOT NULL,
    unit_id  VARCHAR(100) NOT NULL,
    position INTEGER      NOT NULL,
    PRIMARY KEY (task_id, unit_id)
);

CREATE INDEX task_board_coordinating_unit_unit ON task_board_coordinating_unit (unit_id);

-- Every due date a task has had, from its opening and from each approved extension, with the
-- date it took effect: the due date at any date is the last one in force by then.
CREATE TABLE task_board_due_date (
    task_id         VARCHAR(100) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    effective_on    DATE         NOT NULL,
    due_date        DATE         NOT NULL,
    PRIMARY KEY (task_id, sequence_number)
);

-- Every Steering Committee member a task has been assigned to, from its opening and from each
-- reassignment, with the date it took effect.
CREATE TABLE task_board_assignment (
    task_id         VARCHAR(100) NOT NULL,
    sequence_number BIGINT       NOT NULL,
    effective_on    DATE         NOT NULL,
    member_id       VARCHAR(100) NOT NULL,
    PRIMARY KEY (task_id, sequence_number)
);
