-- The last date on which one of the task's due dates or assignees took effect (its opening, an
-- approved extension, a reassignment). At that date and after it, the due date and the assignee
-- in force are the row's own due_date and assignee_id (the ones of its last event), so the board
-- answers a question about such a date from the row alone, without looking up
-- task_board_due_date and task_board_assignment task by task (vn.directives.query.taskboard.TasksAtDate).
-- Written by the "task-board" projection; filled here from the history tables for existing rows.
ALTER TABLE task_board ADD COLUMN dated_until DATE;

UPDATE task_board t
   SET dated_until = GREATEST(t.opened_on,
                              (SELECT max(d.effective_on) FROM task_board_due_date d WHERE d.task_id = t.task_id),
                              (SELECT max(a.effective_on) FROM task_board_assignment a WHERE a.task_id = t.task_id));

ALTER TABLE task_board ALTER COLUMN dated_until SET NOT NULL;

-- the board's latest such date: whether a date asked about is past every task's last change
CREATE INDEX task_board_dated_until ON task_board (dated_until);
-- the board's default order (due date, then id) read from the index, a page at a time
CREATE INDEX task_board_due ON task_board (due_date, task_id);
