-- Answers given to POSTs that carried an Idempotency-Key, so that a retry takes effect once.
-- status IS NULL while the first request is still running.
CREATE TABLE command.idempotency_key (
    actor           VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    fingerprint     CHAR(64)     NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    status          INTEGER,
    content_type    VARCHAR(200),
    location        VARCHAR(2000),
    etag            VARCHAR(40),
    body            BYTEA,
    PRIMARY KEY (actor, idempotency_key)
);
