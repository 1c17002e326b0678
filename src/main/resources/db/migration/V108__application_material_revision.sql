-- What the recommending unit decides on (Art 16) is the application as it read it: every correction and
-- upload by the applicant counts here, and a decision made on an older count is refused and read again.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table application add column material_revision integer default 0 not null;
