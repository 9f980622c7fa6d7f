-- Database, roles and schemas of the directive follow-up service. Idempotent.
-- Run as a superuser with psql, giving the variables:
--   psql -v db_name=directives -v command_user=directives_command -v command_password=... \
--        -v query_user=directives_query -v query_password=... -f deploy/provision.sql
--
-- events   the Axon event store; owned by the command side's role, read-only for the query side
-- command  the command side's own tables (tokens, sagas, idempotency keys, lookups)
-- query    the query side's own tables (tokens, projections)
-- Tables are created by each application's Flyway migrations, never here.

SET client_min_messages = warning;

SELECT format('CREATE ROLE %I LOGIN', :'command_user')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'command_user') \gexec
SELECT format('CREATE ROLE %I LOGIN', :'query_user')
 WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'query_user') \gexec
ALTER ROLE :"command_user" LOGIN PASSWORD :'command_password';
ALTER ROLE :"query_user" LOGIN PASSWORD :'query_password';

SELECT format('CREATE DATABASE %I ENCODING ''UTF8'' TEMPLATE template0', :'db_name')
 WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db_name') \gexec

\connect :"db_name"
SET client_min_messages = warning;

REVOKE ALL ON DATABASE :"db_name" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db_name" TO :"command_user", :"query_user";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

CREATE SCHEMA IF NOT EXISTS events AUTHORIZATION :"command_user";
CREATE SCHEMA IF NOT EXISTS command AUTHORIZATION :"command_user";
CREATE SCHEMA IF NOT EXISTS query AUTHORIZATION :"query_user";

REVOKE ALL ON SCHEMA command FROM PUBLIC;
REVOKE ALL ON SCHEMA query FROM PUBLIC;
REVOKE ALL ON SCHEMA events FROM PUBLIC;

-- The query side reads the event store and nothing else of the command side.
GRANT USAGE ON SCHEMA events TO :"query_user";
GRANT SELECT ON ALL TABLES IN SCHEMA events TO :"query_user";
ALTER DEFAULT PRIVILEGES FOR ROLE :"command_user" IN SCHEMA events GRANT SELECT ON TABLES TO :"query_user";

-- security: accounts, the command side's security log. Owned by the command side's role; the
-- query side signs users in against the same accounts, so it may read them (and nothing else).
CREATE SCHEMA IF NOT EXISTS security AUTHORIZATION :"command_user";
REVOKE ALL ON SCHEMA security FROM PUBLIC;
GRANT USAGE ON SCHEMA security TO :"query_user";
GRANT SELECT ON ALL TABLES IN SCHEMA security TO :"query_user";
ALTER DEFAULT PRIVILEGES FOR ROLE :"command_user" IN SCHEMA security GRANT SELECT ON TABLES TO :"query_user";

-- sessions: the workspace's sign-in sessions (Spring Session JDBC). Owned by the query side's
-- role, which serves the workspace; the command side reads a session when the workspace forwards
-- a signed-in user's command, and touches its last access time.
CREATE SCHEMA IF NOT EXISTS sessions AUTHORIZATION :"query_user";
REVOKE ALL ON SCHEMA sessions FROM PUBLIC;
GRANT USAGE ON SCHEMA sessions TO :"command_user";
GRANT SELECT, UPDATE ON ALL TABLES IN SCHEMA sessions TO :"command_user";
ALTER DEFAULT PRIVILEGES FOR ROLE :"query_user" IN SCHEMA sessions GRANT SELECT, UPDATE ON TABLES TO :"command_user";
