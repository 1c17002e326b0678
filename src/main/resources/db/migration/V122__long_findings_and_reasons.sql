-- A finding quotes every declared record with its note (up to 500 characters each, Art 11(6)(7)), and a case's
-- outcome reason joins the failed rules, the refused points and the reviewer's words: two old penalties with long
-- notes overflowed 1000 characters and the submission of an eligible applicant failed. Neither has a length now.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table eligibility_finding alter column message set data type varchar;
alter table application alter column outcome_reason set data type varchar;
