-- Urging (vn.directives.command.urging): the deadline manager's jobs, what notices need to be
-- written, and the outbox of notices waiting to be sent.

-- db-scheduler's table (the layout its PostgreSQL schema prescribes): Axon's deadline manager
-- keeps every scheduled urging step here, so that a step survives restarts and fires on exactly
-- one instance (an instance picks a row by updating its version).
CREATE TABLE command.scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time ON command.scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat ON command.scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time ON command.scheduled_tasks (priority DESC, execution_time ASC);

-- What a notice about a task says and where it goes, kept by a subscribing handler from the
-- task's events; the urging step already taken, so that rescheduling never repeats one.
CREATE TABLE command.urging_task (
    task_id          VARCHAR(100) PRIMARY KEY,
    aggregate_type   VARCHAR(100) NOT NULL,
    title            TEXT         NOT NULL,
    directive_id     VARCHAR(100) NOT NULL,
    lead_unit_id     VARCHAR(100) NOT NULL,
    assignee_id      VARCHAR(100) NOT NULL,
    due_date         DATE         NOT NULL,
    -- the task's own policy; NULL: the configured default
    remind_before    INT,
    escalate_after   INT,
    -- the last urging step taken for due_date (UrgingStep ordinals); -1: none yet
    last_step        INT          NOT NULL DEFAULT -1,
    -- the deadline of the next step, to cancel it; NULL: none scheduled
    deadline_id      VARCHAR(100),
    closed           BOOLEAN      NOT NULL DEFAULT FALSE
);

-- Steering Committee members' names and official e-mail, for notices only. Personal data: this
-- table is readable by the command side's role alone and its values are never logged.
CREATE TABLE command.urging_member_contact (
    member_id    VARCHAR(100) PRIMARY KEY,
    display_name TEXT NOT NULL,
    email        TEXT
);

-- The outbox: one row per notice and recipient address, written in the transaction of the event
-- that calls for it, sent afterwards by NoticeSender with retries.
CREATE TABLE command.urging_notice (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    notice_id       VARCHAR(200) NOT NULL,
    task_id         VARCHAR(100) NOT NULL,
    recipient       VARCHAR(30)  NOT NULL,
    recipient_ref   VARCHAR(100) NOT NULL,
    email           TEXT         NOT NULL,
    subject         TEXT         NOT NULL,
    body            TEXT         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- an instance sending the notice holds it until then; another takes it over afterwards
    claimed_until   TIMESTAMP WITH TIME ZONE,
    attempts        INT          NOT NULL DEFAULT 0,
    -- the class of the last failure, never its message (it may quote the address)
    last_error      VARCHAR(200),
    sent_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT urging_notice_once UNIQUE (notice_id, email)
);
CREATE INDEX urging_notice_due ON command.urging_notice (next_attempt_at) WHERE sent_at IS NULL;
