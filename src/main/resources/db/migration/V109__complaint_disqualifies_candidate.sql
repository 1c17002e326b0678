-- Art 9(6), 17: a founded complaint about a candidate may end its case as disqualified (取消参评资格), as the
-- office decides when verifying it; the answer to the complainant says so.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table complaint add column disqualifies_candidate boolean;
alter table complaint drop constraint ck_complaint_outcome;
alter table complaint add constraint ck_complaint_outcome check (outcome is null
    or outcome in ('UNFOUNDED', 'REVOKED', 'NOT_REVOKED', 'ALREADY_REVOKED', 'FOUNDED', 'DISQUALIFIED'));
