-- Each directive's default urging policy (vn.directives.command.urging.UrgingScheduling); a
-- directive without a row uses the configured default, a task with its own policy keeps it.
CREATE TABLE command.urging_directive_policy (
    directive_id   VARCHAR(100) PRIMARY KEY,
    remind_before  INT NOT NULL,
    escalate_after INT NOT NULL
);
