-- The latest rebuild of each processor, shared by every instance of the query side: each instance
-- stops its share of the processor while the rebuild is STOPPING, one of them resets the tokens
-- (REPLAYING, head_at_reset = the head of the event store then), and the rebuild is DONE once every
-- segment has passed head_at_reset. FAILED when the processor could not be stopped everywhere in time.
CREATE TABLE processor_rebuild (
    processor_name VARCHAR(255)  PRIMARY KEY,
    rebuild_id     UUID          NOT NULL,
    state          VARCHAR(20)   NOT NULL CHECK (state IN ('STOPPING', 'REPLAYING', 'DONE', 'FAILED')),
    requested_at   TIMESTAMPTZ   NOT NULL,
    requested_by   VARCHAR(255)  NOT NULL,
    reset_at       TIMESTAMPTZ,
    reset_by       VARCHAR(255),
    head_at_reset  BIGINT,
    finished_at    TIMESTAMPTZ,
    failure        VARCHAR(2000)
);
