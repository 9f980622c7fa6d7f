-- The enterprise registry as the picture reads it (vn.directives.query.enterprise.EnterpriseRegistryProjection):
-- one row per registry event of an enterprise (registered, changed, ceased), each with the whole
-- profile from its effective date, so that the registry can be read as it stood on any day.
-- Keyed by the stream (the tax code) and the event's sequence number: applying an event twice
-- changes nothing. Descriptive columns accept NULL: a projection never refuses a stored event.
CREATE TABLE query.enterprise_registry_entry (
    tax_code        TEXT        NOT NULL,
    sequence_number BIGINT      NOT NULL,
    -- REGISTERED, CHANGED or CEASED
    change          TEXT        NOT NULL,
    name            TEXT,
    address         TEXT,
    commune_unit_id TEXT,
    zone            TEXT,
    ownership       TEXT,
    workers         INTEGER,
    -- OPERATING or SUSPENDED; a ceased enterprise keeps its last status and has ceased = true
    status          TEXT,
    ceased          BOOLEAN     NOT NULL DEFAULT false,
    ceased_reason   TEXT,
    import_job_id   TEXT,
    effective_on    DATE        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    recorded_by     TEXT,
    PRIMARY KEY (tax_code, sequence_number)
);
CREATE INDEX enterprise_registry_entry_latest
    ON query.enterprise_registry_entry (tax_code, effective_on DESC, sequence_number DESC);
