-- Issued report drafts (docs/report.md).
-- Numbers are unique per issuing body (the number's suffix, e.g. BC/BTCTU) and year.
CREATE TABLE command.report_number (
    issuing_body VARCHAR(50)  NOT NULL,
    year         INTEGER      NOT NULL,
    number       VARCHAR(10)  NOT NULL,
    draft_id     VARCHAR(100) NOT NULL,
    PRIMARY KEY (issuing_body, year, number)
);

-- The exact bytes of each format of an issued report, beside the event store whose
-- ReportDraftIssued event records their SHA-256: the query side (SELECT on the events schema)
-- serves them and verifies copies against them. Append-only, like the events.
CREATE TABLE events.issued_report_file (
    draft_id VARCHAR(100) NOT NULL,
    format   VARCHAR(8)   NOT NULL,
    sha256   CHAR(64)     NOT NULL,
    content  BYTEA        NOT NULL,
    PRIMARY KEY (draft_id, format)
);
CREATE INDEX issued_report_file_by_sha256 ON events.issued_report_file (sha256);

REVOKE UPDATE, DELETE, TRUNCATE ON events.issued_report_file FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON events.issued_report_file FROM CURRENT_USER;
