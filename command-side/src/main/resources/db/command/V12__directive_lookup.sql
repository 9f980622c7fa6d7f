-- The directive lookup of the command side (vn.directives.command.directive.DirectiveLookup):
-- which directives and points exist, and which numbers are taken. Written only by its event
-- handlers, in the transaction of the command whose events they follow; the unique number
-- stops two directives with one number even when they are registered at the same moment.

CREATE TABLE command.directive (
    directive_id VARCHAR(100) PRIMARY KEY,
    number       VARCHAR(40)  NOT NULL CONSTRAINT directive_number_unique UNIQUE,
    issued_on    DATE         NOT NULL
);

CREATE TABLE command.directive_point (
    directive_id VARCHAR(100) NOT NULL REFERENCES command.directive (directive_id),
    point_number INTEGER      NOT NULL,
    PRIMARY KEY (directive_id, point_number)
);
