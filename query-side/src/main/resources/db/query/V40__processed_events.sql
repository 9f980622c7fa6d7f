-- Which events each processor of the query side has processed, written by ProcessedEventRecorder
-- in the transaction of the batch that processed them (the one that also stores the token).
-- Reconciliation compares it with events.domain_event_entry: an event below a processor's token
-- that is not recorded here was skipped (an event committed after the gap timeout).
CREATE TABLE processed_event (
    processor_name VARCHAR(255) NOT NULL,
    global_index   BIGINT       NOT NULL,
    PRIMARY KEY (processor_name, global_index)
);
