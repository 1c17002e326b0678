-- Art 15: the office records when the call (申报通知) was issued and where the announcement was published; the
-- notice board's call page shows them.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table edition add column notice_issued_on date;
alter table edition add column notice_channels varchar(500);
