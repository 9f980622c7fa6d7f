-- Personal data of Party members (Decree 13/2023/NĐ-CP): name, Party card number, citizen ID.
-- Events never hold them; they name a member by member_ref, a random UUID given here. Erasing a
-- member is deleting the row: the events stay as they are and no longer point to a person.
-- Only the command side's role reads this schema; the query side has no grant on it.
-- Formats are checked by the application before writing. There are no CHECK constraints on
-- purpose: PostgreSQL reports a violated one with the failing row, in the error and the server log.
CREATE TABLE command.member_personal_data (
    member_ref        UUID         PRIMARY KEY,
    full_name         VARCHAR(150) NOT NULL,
    party_card_number VARCHAR(12)  NOT NULL,
    citizen_id        VARCHAR(12)  NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL,
    CONSTRAINT member_personal_data_citizen_id_key UNIQUE (citizen_id),
    CONSTRAINT member_personal_data_party_card_number_key UNIQUE (party_card_number)
);
