-- The picture of each enterprise (vn.directives.query.enterprise.EnterprisePictureProjection):
-- every fact with its effective date (when it happened) and its recorded time (when the event
-- was stored), so that the picture and the indicators I1-I4 can be answered for any past day.
-- Each table is keyed by the stream (aggregate) its rows come from, so the processor's segments
-- never write the same row; an enterprise's picture is assembled by tax code when read.
-- Text is TEXT and descriptive columns accept NULL: a projection must never refuse an event the
-- command side stored.

-- Every survey finding (SurveyFindingRecorded), one row per event. At a date, the finding with
-- the latest effective date on or before it wins (ties: the one recorded last).
CREATE TABLE query.enterprise_finding (
    survey_task_id                      TEXT        NOT NULL,
    sequence_number                     BIGINT      NOT NULL,
    tax_code                            TEXT        NOT NULL,
    enterprise_name                     TEXT,
    ownership                           TEXT,
    workers                             INTEGER     NOT NULL,
    official_members                    INTEGER     NOT NULL,
    probationary_members                INTEGER     NOT NULL,
    members_registered_at_residence     INTEGER     NOT NULL,
    official_members_employed_12_months INTEGER     NOT NULL,
    trade_union                         BOOLEAN     NOT NULL,
    trade_union_members                 INTEGER     NOT NULL,
    youth_union                         BOOLEAN     NOT NULL,
    youth_union_members                 INTEGER     NOT NULL,
    party_organization_exists           BOOLEAN     NOT NULL,
    owner_attitude                      TEXT,
    effective_on                        DATE        NOT NULL,
    recorded_at                         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (survey_task_id, sequence_number)
);
CREATE INDEX enterprise_finding_latest ON query.enterprise_finding (tax_code, effective_on DESC, recorded_at DESC);

-- The Party organization of an enterprise (PartyOrganizationEstablished or
-- ExistingPartyOrganizationRecorded): since when, and by which decision or record.
CREATE TABLE query.enterprise_party_organization (
    party_organization_id      TEXT PRIMARY KEY,
    tax_code                   TEXT        NOT NULL,
    enterprise_name            TEXT,
    organization_name          TEXT,
    -- ESTABLISHED (by a cell establishment) or RECORDED_EXISTING
    origin                     TEXT        NOT NULL,
    since                      DATE        NOT NULL,
    decision_number            TEXT,
    issuing_committee          TEXT,
    cell_establishment_task_id TEXT,
    record_source              TEXT,
    source_reference           TEXT,
    recorded_at                TIMESTAMPTZ NOT NULL
);
CREATE INDEX enterprise_party_organization_by_enterprise ON query.enterprise_party_organization (tax_code);

-- Every change of an organization's membership, one row per event of its stream: the founding
-- members, admissions of new members, transfers in and out. Counts at a date are the sums of the
-- rows effective on or before it. Members here temporarily are kept apart (not in the total);
-- members away temporarily stay in the total.
CREATE TABLE query.party_organization_membership_change (
    party_organization_id TEXT        NOT NULL,
    sequence_number       BIGINT      NOT NULL,
    -- FOUNDED, ADMITTED, TRANSFERRED_IN, TRANSFERRED_OUT
    change                TEXT        NOT NULL,
    official              INTEGER     NOT NULL DEFAULT 0,
    probationary          INTEGER     NOT NULL DEFAULT 0,
    admitted              INTEGER     NOT NULL DEFAULT 0,
    transferred_in        INTEGER     NOT NULL DEFAULT 0,
    transferred_out       INTEGER     NOT NULL DEFAULT 0,
    temporarily_in        INTEGER     NOT NULL DEFAULT 0,
    temporarily_away      INTEGER     NOT NULL DEFAULT 0,
    transfer_task_id      TEXT,
    effective_on          DATE        NOT NULL,
    recorded_at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (party_organization_id, sequence_number)
);

-- Completed member transfers on the enterprise side (MemberTransferCompleted with a tax code),
-- whether or not the enterprise has a Party organization. No member reference is kept.
CREATE TABLE query.enterprise_member_transfer (
    transfer_task_id TEXT PRIMARY KEY,
    tax_code         TEXT        NOT NULL,
    -- RESIDENCE_TO_ENTERPRISE (in) or ENTERPRISE_TO_RESIDENCE (out)
    direction        TEXT        NOT NULL,
    -- OFFICIAL or TEMPORARY
    transfer_type    TEXT        NOT NULL,
    effective_on     DATE        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX enterprise_member_transfer_by_enterprise ON query.enterprise_member_transfer (tax_code);

-- Cell establishments of an enterprise, kept for one fact: an establishment abandoned because the
-- enterprise was dissolved says, from that day, that the enterprise no longer operates.
CREATE TABLE query.enterprise_cell_establishment (
    task_id            TEXT PRIMARY KEY,
    tax_code           TEXT        NOT NULL,
    enterprise_name    TEXT,
    opened_on          DATE        NOT NULL,
    abandoned_on       DATE,
    abandonment_reason TEXT,
    last_sequence      BIGINT      NOT NULL
);
CREATE INDEX enterprise_cell_establishment_by_enterprise ON query.enterprise_cell_establishment (tax_code);
