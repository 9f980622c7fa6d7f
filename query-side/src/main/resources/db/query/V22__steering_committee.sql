-- The Steering Committee's members at any date (vn.directives.query.steering.SteeringCommitteeProjection):
-- appointment and relief, and every set of responsibilities with the days it held. The display
-- name and e-mail are contact data of a public office: readable here, never written to logs.
-- Descriptive columns accept NULL, so that no constraint error (whose message quotes the row)
-- can ever carry them into a log.

CREATE TABLE query.steering_member (
    member_id     TEXT PRIMARY KEY,
    display_name  TEXT,
    email         TEXT,
    post          TEXT,
    appointed_on  DATE        NOT NULL,
    -- the first day the member no longer serves; NULL while they serve
    relieved_on   DATE,
    appointed_at  TIMESTAMPTZ NOT NULL,
    -- the sequence number of the last event of the member's stream applied to this row
    last_sequence BIGINT      NOT NULL
);

-- One row per set of responsibilities (the appointment's and each change), by the event's sequence number.
CREATE TABLE query.steering_member_responsibilities (
    member_id       TEXT    NOT NULL REFERENCES query.steering_member (member_id) ON DELETE CASCADE,
    sequence_number BIGINT  NOT NULL,
    unit_ids        TEXT[]  NOT NULL,
    areas           TEXT[]  NOT NULL,
    valid_from      DATE    NOT NULL,
    valid_until     DATE,
    PRIMARY KEY (member_id, sequence_number)
);
