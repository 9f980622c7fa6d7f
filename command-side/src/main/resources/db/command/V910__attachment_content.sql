-- The bytes of documents attached to tasks. The event AttachmentAdded carries their SHA-256, size,
-- type and name; the bytes themselves sit beside the event store, in its schema, so that the query
-- side (which may read that schema and nothing else of this side) serves the downloads. Written in
-- the transaction of the command that records the attachment. Like the events, append-only.

CREATE TABLE events.attachment_content (
    attachment_id VARCHAR(36)  PRIMARY KEY,
    task_id       VARCHAR(255) NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL CHECK (size_bytes > 0),
    sha256        CHAR(64)     NOT NULL,
    content       BYTEA        NOT NULL,
    stored_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (octet_length(content) = size_bytes)
);

-- PDF, Office files and images are compressed already: store them as they are.
ALTER TABLE events.attachment_content ALTER COLUMN content SET STORAGE EXTERNAL;

CREATE INDEX attachment_content_task ON events.attachment_content (task_id);

REVOKE UPDATE, DELETE, TRUNCATE ON events.attachment_content FROM PUBLIC;
REVOKE UPDATE, DELETE, TRUNCATE ON events.attachment_content FROM CURRENT_USER;

CREATE FUNCTION events.refuse_attachment_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'events.attachment_content is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER attachment_rows_are_never_changed
    BEFORE UPDATE OR DELETE ON events.attachment_content
    FOR EACH ROW EXECUTE FUNCTION events.refuse_attachment_rewrite();

CREATE TRIGGER attachment_table_is_never_emptied
    BEFORE TRUNCATE ON events.attachment_content
    FOR EACH STATEMENT EXECUTE FUNCTION events.refuse_attachment_rewrite();
