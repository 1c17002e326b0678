-- A renewal request declares the records of the validity (credit records, accidents, a top manager's organisation's
-- credit records), one a line as typed: the renewal's case is checked on them again (Art 33 with Art 11(6)(7),
-- 12(6)); until now it had none and always passed. Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table renewal add column credit_records varchar(10000);
alter table renewal add column accidents varchar(10000);
alter table renewal add column employer_credit_records varchar(10000);
