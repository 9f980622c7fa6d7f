-- Read model: in-app urging notifications per recipient (vn.directives.query.notifications).
-- A recipient is a Steering Committee member (their user id), a lead unit (its id, for its
-- officers) or the Organization Committee ('organization-committee'). Keyed by the notice and
-- recipient, so that a replayed event inserts nothing.
CREATE TABLE notification (
    notification_id VARCHAR(36)  PRIMARY KEY,
    recipient       VARCHAR(100) NOT NULL,
    task_id         VARCHAR(255) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    due_date        DATE         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    text_vi         TEXT         NOT NULL,
    text_en         TEXT         NOT NULL
);
CREATE INDEX notification_by_recipient ON notification (recipient, created_at DESC);

-- Which notifications their recipient has read. User state, not derived from events: a rebuild
-- of the projection clears the table above and leaves this one, so nothing read turns unread.
CREATE TABLE notification_reading (
    notification_id VARCHAR(36) PRIMARY KEY,
    read_at         TIMESTAMPTZ NOT NULL
);
