-- Tamper evidence: a hash chain over the event store in global order. Link n covers link n-1 and
-- the stored bytes of event n (or, for an index taken by a transaction that rolled back, the
-- fact that position n holds no event). Anchors record the head of the chain now and then, to be
-- exported and kept outside the database.

CREATE TABLE events.event_chain (
    global_index  BIGINT      PRIMARY KEY,
    event_present BOOLEAN     NOT NULL,
    link          BYTEA       NOT NULL,
    chained_at    TIMESTAMPTZ NOT NULL
);

CREATE TABLE events.chain_anchor (
    position    BIGINT      PRIMARY KEY,
    link        BYTEA       NOT NULL,
    anchored_at TIMESTAMPTZ NOT NULL
);
