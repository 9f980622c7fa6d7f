-- Tokens of the query side's processors: one row per processor and segment.
CREATE TABLE token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    time_stamp     VARCHAR(255),
    owner          VARCHAR(255),
    PRIMARY KEY (processor_name, segment)
);

-- Read model: the directive list.
CREATE TABLE directive (
    id            VARCHAR(64)   PRIMARY KEY,
    number        VARCHAR(40)   NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    issued_on     DATE          NOT NULL,
    issuing_body  VARCHAR(200)  NOT NULL,
    title         VARCHAR(1000) NOT NULL,
    lead_unit_id  VARCHAR(100)  NOT NULL,
    point_count   INTEGER       NOT NULL,
    registered_at TIMESTAMPTZ   NOT NULL
);
