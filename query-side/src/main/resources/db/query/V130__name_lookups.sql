-- Names beside ids (vn.directives.query.names.Names): the name a unit bore on a day is the row of
-- query.unit_name with the latest valid_from on or before it. This index answers that with one
-- index-only probe per unit named, however long the unit's history of names.
CREATE INDEX unit_name_on_day ON query.unit_name (unit_id, valid_from DESC, sequence_number DESC) INCLUDE (name);
