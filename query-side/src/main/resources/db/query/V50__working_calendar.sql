-- Read model: the working-day calendar the command side adopted (WorkingCalendarYearAdopted),
-- projected by the processing group "working-calendar". A year without a row here is unknown:
-- questions that reach it are refused rather than answered as if it had no holidays.
CREATE TABLE query.calendar_year (
    year          INTEGER       PRIMARY KEY,
    provisional   BOOLEAN       NOT NULL,
    source        VARCHAR(1000) NOT NULL,
    adopted_on    DATE          NOT NULL,
    adopted_at    TIMESTAMPTZ   NOT NULL,
    -- sequence number of the adoption applied last, so that a replayed older one is skipped
    last_sequence BIGINT        NOT NULL
);

-- Every day of every adopted year, and whether Party and State bodies work that day.
CREATE TABLE query.calendar_day (
    date    DATE    PRIMARY KEY,
    working BOOLEAN NOT NULL
);

-- Counting working days scans only the working ones.
CREATE INDEX calendar_day_working ON query.calendar_day (date) WHERE working;
