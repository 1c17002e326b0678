-- The life of an honour after commendation (Art 30-33): who holds it, when it was revoked.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

-- the application that won it (its profile seeds a renewal) and the applicant user who receives
-- the renewal invitation; null for honours recorded before this migration
alter table honour add column application_id bigint;
alter table honour add column holder_user_id varchar(64);
-- Art 30: the day the leading group's revocation took effect
alter table honour add column revoked_on date;
