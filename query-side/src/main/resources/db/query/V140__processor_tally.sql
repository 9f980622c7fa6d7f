-- Reconciliation without a row per event and processor (docs/event-store.md): each processor
-- counts, in the transaction of each batch, the events it processed per payload type and bucket of
-- 10,000 global indexes. Reconciliation compares the counts with the event store up to the
-- processor's position; a bucket where the store holds more than the processor counted names events
-- it moved past without processing them.
CREATE TABLE processor_tally (
    processor_name VARCHAR(255) NOT NULL,
    payload_type   VARCHAR(255) NOT NULL,
    bucket         BIGINT       NOT NULL,
    events         BIGINT       NOT NULL,
    PRIMARY KEY (processor_name, payload_type, bucket)
);

-- The per-event records it replaces, carried over as counts (so that a store upgraded in place
-- keeps the proof it had), then dropped.
INSERT INTO processor_tally (processor_name, payload_type, bucket, events)
SELECT p.processor_name, e.payload_type, e.global_index / 10000, count(*)
  FROM processed_event p
  JOIN events.domain_event_entry e ON e.global_index = p.global_index
 GROUP BY p.processor_name, e.payload_type, e.global_index / 10000;

DROP TABLE processed_event;
