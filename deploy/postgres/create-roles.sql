-- The database roles of Relais (issue #18), for a database administrator to run once per
-- environment, as a superuser (or a managed service's administrator), against the database the
-- services use. Idempotent: run it again to change passwords.
--
--   psql "postgres://admin@db.example:5432/relais" -v ON_ERROR_STOP=1 \
--     -v owner_password="$OWNER_PW" -v intake_password="$INTAKE_PW" -v referral_password="$REFERRAL_PW" \
--     -v prosecution_password="$PROSECUTION_PW" -v notifications_password="$NOTIFICATIONS_PW" \
--     -v statistics_password="$STATISTICS_PW" -f deploy/postgres/create-roles.sql
--
-- Locally `npm run db:setup` (and npm start, and every test database) does the same without
-- passwords (libs/persistence/src/roles.ts). The grants inside each schema are not here: the
-- owner role applies them after every migration run (see README.md beside this file).

SELECT format('CREATE ROLE %I LOGIN', r)
  FROM unnest(ARRAY['relais_owner', 'relais_intake', 'relais_referral', 'relais_prosecution', 'relais_notifications', 'relais_statistics']) AS r
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec

ALTER ROLE relais_owner PASSWORD :'owner_password';
ALTER ROLE relais_intake PASSWORD :'intake_password';
ALTER ROLE relais_referral PASSWORD :'referral_password';
ALTER ROLE relais_prosecution PASSWORD :'prosecution_password';
ALTER ROLE relais_notifications PASSWORD :'notifications_password';
ALTER ROLE relais_statistics PASSWORD :'statistics_password';

-- The owner may hand a table to a service and still migrate it (statistics owns the read model
-- its rebuild recreates). Never the other way round: a service's role is a member of nothing.
GRANT relais_intake, relais_referral, relais_prosecution, relais_notifications, relais_statistics TO relais_owner;

-- Nobody else may connect; the owner creates the schemas (and lets statistics create its rebuild schema).
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()) \gexec
SELECT format('GRANT CONNECT, CREATE, TEMPORARY ON DATABASE %I TO relais_owner WITH GRANT OPTION', current_database()) \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO relais_intake, relais_referral, relais_prosecution, relais_notifications, relais_statistics', current_database()) \gexec
