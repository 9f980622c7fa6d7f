-- Units as they were at any date (vn.directives.query.unit.UnitHistoryProjection): when each unit
-- was active, how it ended (merged into another unit, or dissolved), and every name it bore with
-- the days it held. Dates are effective dates; an end date is the first day no longer covered.

CREATE TABLE query.unit (
    unit_id             TEXT PRIMARY KEY,
    kind                TEXT,
    parent_unit_id      TEXT,
    active_from         DATE        NOT NULL,
    -- the day of the merger or dissolution; NULL while the unit is active
    ended_on            DATE,
    -- MERGED or DISSOLVED; NULL while the unit is active
    ending              TEXT,
    merged_into_unit_id TEXT,
    dissolution_reason  TEXT,
    registered_at       TIMESTAMPTZ NOT NULL,
    -- the sequence number of the last event of the unit's stream applied to this row
    last_sequence       BIGINT      NOT NULL
);
CREATE INDEX unit_merged_into ON query.unit (merged_into_unit_id) WHERE merged_into_unit_id IS NOT NULL;

-- One row per name a unit bore (its registration and each renaming, by the event's sequence number).
CREATE TABLE query.unit_name (
    unit_id         TEXT        NOT NULL REFERENCES query.unit (unit_id) ON DELETE CASCADE,
    sequence_number BIGINT      NOT NULL,
    name            TEXT,
    valid_from      DATE        NOT NULL,
    valid_until     DATE,
    recorded_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (unit_id, sequence_number)
);
