-- Each user's choice of e-mail per kind of notification (the inbox always has them). A setting of
-- the user's, not a fact of any task's history, so a row rather than an event; no row: e-mail on.
CREATE TABLE command.notification_preference (
    user_id    VARCHAR(100) NOT NULL,
    kind       VARCHAR(30)  NOT NULL,
    email      BOOLEAN      NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, kind)
);

-- Who asked for each extension, so that its decision is mailed to them (the decision event names
-- the extension, not its requester). Written by the urging processor with the request's event.
CREATE TABLE command.notice_extension (
    extension_id VARCHAR(100) PRIMARY KEY,
    requested_by VARCHAR(100) NOT NULL
);
