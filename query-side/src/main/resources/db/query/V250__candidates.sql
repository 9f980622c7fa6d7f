-- Member development (vn.directives.query.memberdevelopment.CandidateProjection): one row per
-- candidate, named by their pseudonymous reference only, with each step's date. last_sequence is
-- the sequence number of the last event applied, so an event applied twice changes nothing.
CREATE TABLE query.candidate (
    candidate_ref         TEXT        PRIMARY KEY,
    enterprise_tax_code   TEXT        NOT NULL,
    -- DIRECT_PRODUCTION_WORKER, MANAGER, OWNER, UNION_OR_YOUTH_OFFICER, OTHER
    category              TEXT        NOT NULL,
    -- CANDIDATE, PROBATIONARY, OFFICIAL, DROPPED
    status                TEXT        NOT NULL,
    registered_on         DATE        NOT NULL,
    training_course_id    TEXT,
    course_passed_on      DATE,
    course_waiver_reason  TEXT,
    party_organization_id TEXT,
    admitted_on           DATE,
    -- twelve months after admission: when recognition as official is due
    recognition_due_on    DATE,
    recognized_on         DATE,
    dropped_on            DATE,
    drop_reason           TEXT,
    last_sequence         BIGINT      NOT NULL,
    recorded_at           TIMESTAMPTZ NOT NULL
);
CREATE INDEX candidate_by_enterprise ON query.candidate (enterprise_tax_code, status);
CREATE INDEX candidate_recognition_due ON query.candidate (recognition_due_on) WHERE status = 'PROBATIONARY';
