-- The event store is append-only for the applications: a row, once stored, is never changed nor
-- removed. Two barriers, so that neither a bug nor a stolen application password rewrites history:
--  1. privileges: INSERT and SELECT only (the query side's role never had more than SELECT);
--  2. a trigger refusing UPDATE, DELETE and TRUNCATE, whoever has the privilege.
-- The role that runs these migrations owns the table and could grant itself the privileges back
-- or disable the trigger: that is a schema change, left to whoever holds the migration role, and
-- the hash chain (events.event_chain, anchors kept outside) detects what it would do.
-- Versions 900 and up are this change's range, apart from the event store's own migrations.

REVOKE UPDATE, DELETE, TRUNCATE ON events.domain_event_entry FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON events.domain_event_entry FROM CURRENT_USER;

CREATE FUNCTION events.refuse_event_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'events.domain_event_entry is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER event_rows_are_never_changed
    BEFORE UPDATE OR DELETE ON events.domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION events.refuse_event_rewrite();

CREATE TRIGGER event_table_is_never_emptied
    BEFORE TRUNCATE ON events.domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION events.refuse_event_rewrite();
