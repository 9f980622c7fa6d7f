-- The query side's refused attempts (401, 403): who, what, when. Rows are never changed.
CREATE TABLE query.security_log (
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
CREATE INDEX security_log_user ON query.security_log (username, occurred_at);
CREATE INDEX security_log_time ON query.security_log (occurred_at);

CREATE FUNCTION query.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'query.security_log is append-only';
END $$;

CREATE TRIGGER security_log_append_only BEFORE UPDATE OR DELETE ON query.security_log
    FOR EACH ROW EXECUTE FUNCTION query.refuse_change();
CREATE TRIGGER security_log_no_truncate BEFORE TRUNCATE ON query.security_log
    FOR EACH STATEMENT EXECUTE FUNCTION query.refuse_change();
