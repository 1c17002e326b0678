-- An honour gets a version: two revocation meetings completed at once on an expired honour (whose process no longer
-- serialises them) each recorded a ban, an announcement and recall items; the later writer is now refused (409).
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table honour add column version bigint default 0 not null;
