-- The enterprise registry lookup of the command side (vn.directives.command.enterprise.EnterpriseRegistryLookup):
-- each registered enterprise's current profile, keyed by its tax code, written only by the lookup's
-- event handlers in the transaction of the command whose events they follow. The primary key stops
-- a second registration of one tax code; the import compares its rows with these.

CREATE TABLE command.enterprise (
    tax_code        VARCHAR(14)  PRIMARY KEY,
    name            VARCHAR(300) NOT NULL,
    address         VARCHAR(500) NOT NULL,
    commune_unit_id VARCHAR(100) NOT NULL,
    zone            VARCHAR(300),
    ownership       VARCHAR(60)  NOT NULL,
    workers         INTEGER      NOT NULL,
    status          VARCHAR(30)  NOT NULL,
    last_change_on  DATE         NOT NULL,
    -- the sequence number of the last event applied: an older event never overwrites a newer one
    version         BIGINT       NOT NULL,
    ceased          BOOLEAN      NOT NULL DEFAULT false
);
