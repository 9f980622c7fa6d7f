-- The socio-political organizations each enterprise has now (trade union, Youth Union, Women's Union,
-- Veterans' Association), with their members, so that an imported list of them can tell a row that
-- founds one from a row that changes its members or changes nothing
-- (vn.directives.command.enterprise.SocioPoliticalOrganizationTable). Written by the registry
-- lookup's subscribing processor in the transaction of the command; a dissolved one is deleted.
CREATE TABLE command.enterprise_socio_political_organization (
    tax_code VARCHAR(14) NOT NULL REFERENCES command.enterprise (tax_code),
    kind     VARCHAR(40) NOT NULL,
    members  INTEGER     NOT NULL,
    PRIMARY KEY (tax_code, kind)
);

-- What the events stored before this table say: the latest event of each enterprise and kind, unless
-- it dissolved the organization.
INSERT INTO command.enterprise_socio_political_organization (tax_code, kind, members)
SELECT tax_code, kind, members
  FROM (SELECT DISTINCT ON (e.aggregate_identifier, p.payload ->> 'kind')
               e.aggregate_identifier AS tax_code, p.payload ->> 'kind' AS kind,
               (p.payload ->> 'members')::INTEGER AS members, e.payload_type
          FROM events.domain_event_entry e
               CROSS JOIN LATERAL (SELECT convert_from(e.payload, 'UTF8')::jsonb AS payload) p
         WHERE e.payload_type IN ('vn.directives.events.enterprise.SocioPoliticalOrganizationFounded',
                                  'vn.directives.events.enterprise.SocioPoliticalOrganizationMembersChanged',
                                  'vn.directives.events.enterprise.SocioPoliticalOrganizationDissolved')
         ORDER BY e.aggregate_identifier, p.payload ->> 'kind', e.sequence_number DESC) latest
 WHERE payload_type <> 'vn.directives.events.enterprise.SocioPoliticalOrganizationDissolved'
   AND tax_code IN (SELECT tax_code FROM command.enterprise);

-- Those events move the enterprise's last change too (the aggregate refuses anything dated before it),
-- which the registry lookup did not follow until now.
UPDATE command.enterprise e
   SET last_change_on = latest.effective_on, version = latest.sequence_number
  FROM (SELECT DISTINCT ON (aggregate_identifier) aggregate_identifier, sequence_number,
               (convert_from(payload, 'UTF8')::jsonb ->> 'effectiveOn')::DATE AS effective_on
          FROM events.domain_event_entry
         WHERE payload_type LIKE 'vn.directives.events.enterprise.SocioPoliticalOrganization%'
         ORDER BY aggregate_identifier, sequence_number DESC) latest
 WHERE e.tax_code = latest.aggregate_identifier AND e.version < latest.sequence_number;
