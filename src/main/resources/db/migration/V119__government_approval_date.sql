-- The city government's approval records the date and number of its document (Art 22, 33): the honour's five years
-- run from that date, not from the day someone entered the decision. Null in decisions recorded before (their
-- decided_at stands for the date). Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table proposal_decision add column approved_on date;
alter table proposal_decision add column approval_document varchar(100);
alter table renewal_decision add column approved_on date;
alter table renewal_decision add column approval_document varchar(100);
