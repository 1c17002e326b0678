-- An honour and a revocation case name the process instance that carries them, as an application and an
-- edition do: the steps of the honour model (its return visits, expiry and renewal) and of the revocation
-- model find their record there, never through an id a process variable names. Bound when the honour's
-- process starts (Honours#start) and when the revocation model opens its case (OpenRevocationDelegate).
--
-- The rows already there are bound by V84, a Java migration: it reads the engine's own tables
-- (ACT_RU_VARIABLE, ACT_HI_VARINST, where honourId / revocationId name the row), which do not exist yet when
-- a new database is migrated (the engine creates its schema after Flyway), and plain SQL cannot skip a
-- statement on a missing table.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table honour add column process_instance_id varchar(64);
create unique index ux_honour_process_instance on honour (process_instance_id);

alter table revocation add column process_instance_id varchar(64);
create unique index ux_revocation_process_instance on revocation (process_instance_id);
