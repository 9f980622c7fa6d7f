-- Socio-political organizations in enterprises (vn.directives.query.enterprise.EnterpriseRegistryProjection):
-- one row per event (FOUNDED, MEMBERS_CHANGED, DISSOLVED) with the members from its effective date.
-- At a date, the latest row of a kind says whether the organization exists and its members.
CREATE TABLE query.enterprise_socio_political_change (
    tax_code        TEXT        NOT NULL,
    sequence_number BIGINT      NOT NULL,
    -- TRADE_UNION, YOUTH_UNION, WOMENS_UNION, VETERANS_ASSOCIATION
    kind            TEXT        NOT NULL,
    change          TEXT        NOT NULL,
    members         INTEGER,
    reason          TEXT,
    effective_on    DATE        NOT NULL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (tax_code, sequence_number)
);
CREATE INDEX enterprise_socio_political_change_latest
    ON query.enterprise_socio_political_change (tax_code, kind, effective_on DESC, sequence_number DESC);
