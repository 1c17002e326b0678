-- A revocation also recalls what a renewal reissued from the revoked honour (Art 30, 33): its trophy, plaque and
-- certificate are items of the same revocation, told apart from the first award's by this flag; each item is still
-- recalled once.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table recall_item add column reissued boolean default false not null;
alter table recall_item drop constraint uq_recall_item;
alter table recall_item add constraint uq_recall_item unique (revocation_id, item, reissued);
