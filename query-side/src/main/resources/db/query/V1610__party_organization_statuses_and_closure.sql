-- Members by status, exits other than transfers, and reorganizations (issue 16). Rows written
-- before these columns existed came from events that knew none of these facts: 0 and null are
-- what they said.
--
-- recognized: probationary members recognized official (ProbationaryMembersRecognized).
-- left_*: members who left by death, removal, expulsion or on request (MembersLeft), by status,
--         with exit_reason; also those stated as leaving with a dissolution (exit_reason NULL).
-- moved_*: members handed on by a merger or a dissolution (negative) or received (positive);
--          counterpart_organization_id is the organization on the other side.
ALTER TABLE query.party_organization_membership_change
    ADD COLUMN recognized                  INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN left_official               INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN left_probationary           INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN left_temporary              INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN exit_reason                 TEXT,
    ADD COLUMN moved_official              INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN moved_probationary          INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN moved_temporary             INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN counterpart_organization_id TEXT;

-- An organization merged into another (MERGED, closed_into the one that took it) or dissolved
-- (DISSOLVED) counts no more from closed_on.
ALTER TABLE query.enterprise_party_organization
    ADD COLUMN closed_on          DATE,
    ADD COLUMN closed_how         TEXT,
    ADD COLUMN closed_into        TEXT,
    ADD COLUMN closed_reason      TEXT,
    ADD COLUMN closed_recorded_at TIMESTAMPTZ;

-- The units that succeed a dissolved unit (UnitDissolved revision 2), in the order named.
CREATE TABLE query.unit_successor (
    unit_id           TEXT    NOT NULL,
    position          INTEGER NOT NULL,
    successor_unit_id TEXT    NOT NULL,
    PRIMARY KEY (unit_id, position)
);
