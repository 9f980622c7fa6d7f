-- Gap-free reading of the event store (docs/event-store.md): each event row records the id of the
-- transaction that wrote it, and readers deliver an event only once no transaction that could
-- still commit is older than it (pg_snapshot_xmin of the reader's snapshot).
--
-- Rows already stored get 0, below every transaction id there is or will be: they were committed
-- before this migration could take its lock on the table, so nothing can precede them any more.
-- Adding the column with a constant default changes no stored row (no table rewrite); the default
-- for new rows is set afterwards.
ALTER TABLE events.domain_event_entry ADD COLUMN tx_id xid8 NOT NULL DEFAULT '0';
ALTER TABLE events.domain_event_entry ALTER COLUMN tx_id SET DEFAULT pg_current_xact_id();

-- No index on tx_id: a reader compares it only within the window of global indexes it reads
-- (at most a batch of rows, found by the primary key), never searches by it.
