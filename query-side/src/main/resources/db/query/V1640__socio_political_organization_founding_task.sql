-- The task whose outcome a socio-political organization's founding was (a general task, a survey's
-- follow-up: SocioPoliticalOrganizationFounded revision 2), null when it was recorded directly or imported
-- and on every row of another change. The enterprise's picture names the task by its title.
ALTER TABLE query.enterprise_socio_political_change ADD COLUMN founded_by_task_id TEXT;
