-- Issue 17: the office edits recommending units on /manager/units; two editors of one unit are told
-- apart by the row's version (409 for the later one). Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table recommender add column version bigint default 0 not null;
