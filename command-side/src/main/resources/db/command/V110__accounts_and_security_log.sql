-- Accounts of the embedded sign-in mode, and the append-only log of refused attempts.
-- The schema security is created by deploy/provision.sql; the query side may read it.

CREATE TABLE security.account (
    username      VARCHAR(100) PRIMARY KEY,
    -- Spring Security's delegating format: {bcrypt}$2a$...
    password_hash VARCHAR(200) NOT NULL,
    -- comma-separated role names
    roles         VARCHAR(200) NOT NULL,
    unit_id       VARCHAR(100),
    enabled       BOOLEAN      NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL
);

-- Who was refused what, and when: failed sign-ins (401), forbidden requests (403) and requests a
-- business rule refused; also every change made to an account. Rows are never changed.
CREATE TABLE security.security_log (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    side           VARCHAR(10)  NOT NULL,
    username       VARCHAR(100),
    outcome        VARCHAR(30)  NOT NULL,
    method         VARCHAR(10),
    path           VARCHAR(300),
    rule           VARCHAR(100),
    correlation_id VARCHAR(100)
);
CREATE INDEX security_log_user ON security.security_log (username, occurred_at);
CREATE INDEX security_log_time ON security.security_log (occurred_at);

CREATE FUNCTION security.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'security.security_log is append-only';
END $$;

CREATE TRIGGER security_log_append_only BEFORE UPDATE OR DELETE ON security.security_log
    FOR EACH ROW EXECUTE FUNCTION security.refuse_change();
CREATE TRIGGER security_log_no_truncate BEFORE TRUNCATE ON security.security_log
    FOR EACH STATEMENT EXECUTE FUNCTION security.refuse_change();
