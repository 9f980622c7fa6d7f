-- The Party members' roster as imported lists entered and changed it (PartyMemberRecorded,
-- PartyMemberChanged): each entry with the day it took effect, keyed by the stream's reference and the
-- event's sequence number, so an event applied twice changes nothing. Nothing personal: the member is the
-- command side's random reference. Read by the derived work (members working in an enterprise and
-- registered at their residence) at a date: each member's latest entry effective by then.
CREATE TABLE query.party_member_entry (
    member_ref                  TEXT        NOT NULL,
    sequence_number             BIGINT      NOT NULL,
    enterprise_tax_code         TEXT        NOT NULL,
    party_organization_id       TEXT,
    residence_committee_unit_id TEXT,
    status                      TEXT        NOT NULL,
    admitted_on                 DATE        NOT NULL,
    recognized_on               DATE,
    category                    TEXT,
    effective_on                DATE        NOT NULL,
    recorded_at                 TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (member_ref, sequence_number)
);
CREATE INDEX party_member_entry_by_enterprise ON query.party_member_entry (enterprise_tax_code);
