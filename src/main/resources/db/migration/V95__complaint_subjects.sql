-- Art 9(6), 29: a complaint may concern a holder (an honour), a candidate during the evaluation (an
-- application) or a person working on the award (free-text name and role, no identity numbers).
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table complaint add column subject varchar(20) default 'HOLDER' not null;
alter table complaint add column application_id bigint;
alter table complaint add column person_name varchar(100);
alter table complaint add column person_role varchar(100);
alter table complaint alter column honour_id drop not null;
alter table complaint add constraint ck_complaint_subject check (subject in ('HOLDER', 'CANDIDATE', 'AWARD_STAFF'));
alter table complaint drop constraint ck_complaint_outcome;
alter table complaint add constraint ck_complaint_outcome check (outcome is null
    or outcome in ('UNFOUNDED', 'REVOKED', 'NOT_REVOKED', 'ALREADY_REVOKED', 'FOUNDED'));
