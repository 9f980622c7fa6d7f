-- General tasks (nhiệm vụ) and delegation to lower levels, on the task board's row of each task.
-- Written by the "task-board" projection only; null for the kinds that have no such facts.
ALTER TABLE task_board
    -- the task this one is a delegated part of (set for sub-tasks only)
    ADD COLUMN parent_task_id    VARCHAR(100),
    ADD COLUMN description       TEXT,
    ADD COLUMN expected_product  TEXT,
    -- the last progress report: percentage, what was done, its effective date
    ADD COLUMN progress_percent  INTEGER,
    ADD COLUMN progress_text     TEXT,
    ADD COLUMN progress_on       DATE,
    -- the document that proves the product, named at completion
    ADD COLUMN product_document  TEXT;

CREATE INDEX task_board_parent ON task_board (parent_task_id) WHERE parent_task_id IS NOT NULL;
CREATE INDEX task_board_point ON task_board (directive_id, point_number);
