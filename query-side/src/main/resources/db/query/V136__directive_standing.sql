-- The directive list follows what happens to a directive after its registration
-- (vn.directives.query.directive.DirectiveProjection): its targets as registered and as amended,
-- and its replacement by a newer directive. last_sequence is the sequence number of the last event
-- of the directive's stream applied, so an event delivered again changes nothing. Rows written
-- before this migration have no targets until the directives projection is rebuilt
-- (POST /api/admin/processors/directives/rebuild).
ALTER TABLE directive
    ADD COLUMN targets                  TEXT,
    ADD COLUMN targets_amended_on       DATE,
    ADD COLUMN replaced_by_directive_id VARCHAR(64),
    ADD COLUMN replaced_on              DATE,
    ADD COLUMN last_sequence            BIGINT NOT NULL DEFAULT 0;
