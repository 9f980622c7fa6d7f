-- The timeline's sentences now refer to units and members by markers that are replaced by their
-- names when the timeline is read (a unit as named on the day of the step), instead of printing
-- their ids. Entries written before carry bare ids: rebuild the task-timeline processor from the
-- history, as a rebuild from /api/admin/processors would, so that every entry reads with names.
-- Its processor starts from the beginning of the event store when it has no token.
DELETE FROM query.token_entry WHERE processor_name = 'task-timeline';
DELETE FROM query.processor_tally WHERE processor_name = 'task-timeline';
TRUNCATE query.task_timeline_entry, query.task_comment, query.task_attachment;
