-- The unit lookup of the command side (vn.directives.command.unit.UnitLookup): what task rules
-- ask about units, written only by its event handlers in the transaction of the command whose
-- events they follow. Dates are effective dates; an end date is the first day no longer covered.

CREATE TABLE command.unit (
    unit_id             VARCHAR(100) PRIMARY KEY,
    kind                VARCHAR(60)  NOT NULL,
    parent_unit_id      VARCHAR(100),
    active_from         DATE         NOT NULL,
    -- the day of the merger or dissolution; NULL while the unit is active
    active_until        DATE,
    merged_into_unit_id VARCHAR(100),
    CHECK (active_until IS NULL OR active_until >= active_from)
);

-- Every name a unit bore, one row per registration or renaming (the event's sequence number),
-- so that history keeps the name a unit had at the time.
CREATE TABLE command.unit_name (
    unit_id         VARCHAR(100) NOT NULL REFERENCES command.unit (unit_id),
    sequence_number BIGINT       NOT NULL,
    name            VARCHAR(300) NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_until     DATE,
    PRIMARY KEY (unit_id, sequence_number),
    CHECK (valid_until IS NULL OR valid_until >= valid_from)
);
