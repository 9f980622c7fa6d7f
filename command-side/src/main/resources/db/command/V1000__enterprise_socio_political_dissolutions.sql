-- The last dissolution of each kind of socio-political organization in each enterprise, so that a list of
-- dissolutions imported again tells a dissolution already recorded on its day (nothing to do) from an
-- organization the enterprise never had (vn.directives.command.enterprise.SocioPoliticalDissolutionRows).
-- Written by the registry lookup's subscribing processor in the transaction of the command.
CREATE TABLE command.enterprise_socio_political_dissolution (
    tax_code     VARCHAR(14) NOT NULL REFERENCES command.enterprise (tax_code),
    kind         VARCHAR(40) NOT NULL,
    dissolved_on DATE        NOT NULL,
    PRIMARY KEY (tax_code, kind)
);

-- What the dissolutions stored before this table say: the latest of each enterprise and kind.
INSERT INTO command.enterprise_socio_political_dissolution (tax_code, kind, dissolved_on)
SELECT DISTINCT ON (e.aggregate_identifier, p.payload ->> 'kind')
       e.aggregate_identifier, p.payload ->> 'kind', (p.payload ->> 'effectiveOn')::DATE
  FROM events.domain_event_entry e
       CROSS JOIN LATERAL (SELECT convert_from(e.payload, 'UTF8')::jsonb AS payload) p
 WHERE e.payload_type = 'vn.directives.events.enterprise.SocioPoliticalOrganizationDissolved'
   AND e.aggregate_identifier IN (SELECT tax_code FROM command.enterprise)
 ORDER BY e.aggregate_identifier, p.payload ->> 'kind', e.sequence_number DESC;
