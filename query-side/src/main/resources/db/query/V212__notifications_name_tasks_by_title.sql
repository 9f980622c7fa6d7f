-- Reminders and escalations in the inbox now name their task by its title, as every other
-- notification does, instead of its id. Their sentences are written when their event is projected:
-- rebuild the notifications processor from the history, as a rebuild from /api/admin/processors
-- would, so that the ones written before read the same way. What was read stays read: the
-- notifications' ids are derived from their events, and query.notification_reading is kept.
-- The processor starts from the beginning of the event store when it has no token.
DELETE FROM query.token_entry WHERE processor_name = 'notifications';
DELETE FROM query.processor_tally WHERE processor_name = 'notifications';
TRUNCATE query.notification, query.notification_task, query.notification_extension;
