-- A user's mail preferences get a version: the daily digest run and the user's own change (or two nodes'
-- digest runs) no longer overwrite each other; the later writer is refused and, for a digest, skipped.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table notification_preference add column version bigint default 0 not null;
