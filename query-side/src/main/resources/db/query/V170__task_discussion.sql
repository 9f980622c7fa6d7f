-- Read models of discussion on tasks (vn.directives.query.discussion): the comments and the
-- documents attached to each task, with who and when; a document's bytes stay in
-- events.attachment_content, written by the command side. Both follow the events of the
-- task-timeline processor, keyed by event, so a replay inserts nothing twice.
CREATE TABLE query.task_comment (
    event_id            VARCHAR(255) PRIMARY KEY,
    comment_id          VARCHAR(36)  NOT NULL,
    task_id             VARCHAR(255) NOT NULL,
    text                TEXT         NOT NULL,
    coordinating_unit_id VARCHAR(255),
    commented_by        VARCHAR(255) NOT NULL,
    recorded_at         TIMESTAMPTZ  NOT NULL
);
CREATE INDEX task_comment_by_task ON query.task_comment (task_id, recorded_at);

CREATE TABLE query.task_attachment (
    attachment_id       VARCHAR(36)  PRIMARY KEY,
    event_id            VARCHAR(255) NOT NULL UNIQUE,
    task_id             VARCHAR(255) NOT NULL,
    file_name           VARCHAR(255) NOT NULL,
    media_type          VARCHAR(100) NOT NULL,
    size_bytes          BIGINT       NOT NULL,
    sha256              CHAR(64)     NOT NULL,
    coordinating_unit_id VARCHAR(255),
    added_by            VARCHAR(255) NOT NULL,
    recorded_at         TIMESTAMPTZ  NOT NULL
);
CREATE INDEX task_attachment_by_task ON query.task_attachment (task_id, recorded_at);

-- What the notifications projection needs to know of each task to address a notice: its title,
-- current assignee, lead unit and due date, and who asked for a pending extension.
CREATE TABLE query.notification_task (
    task_id      VARCHAR(255) PRIMARY KEY,
    title        TEXT         NOT NULL,
    assignee_id  VARCHAR(255) NOT NULL,
    lead_unit_id VARCHAR(255) NOT NULL,
    due_date     DATE         NOT NULL
);

CREATE TABLE query.notification_extension (
    extension_id VARCHAR(255) PRIMARY KEY,
    task_id      VARCHAR(255) NOT NULL,
    requested_by VARCHAR(255) NOT NULL
);
