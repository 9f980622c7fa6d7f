-- A Party organization's kind and directly superior committee from a date
-- (vn.directives.query.enterprise.EnterprisePictureProjection): one row per event that states them
-- (recorded as existing, affiliation changed). At a date the latest row says; an organization with
-- no row by then, or whose row has no kind (recorded before kinds were), is not classified.
CREATE TABLE query.party_organization_affiliation (
    party_organization_id      TEXT        NOT NULL,
    sequence_number            BIGINT      NOT NULL,
    -- GRASSROOTS_CELL, GRASSROOTS_COMMITTEE, CELL_UNDER_GRASSROOTS_COMMITTEE; null: not recorded
    kind                       TEXT,
    -- a unit, named as it was at the date asked about
    superior_committee_unit_id TEXT,
    effective_on               DATE        NOT NULL,
    recorded_at                TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (party_organization_id, sequence_number)
);
CREATE INDEX party_organization_affiliation_latest
    ON query.party_organization_affiliation (party_organization_id, effective_on DESC, sequence_number DESC);
