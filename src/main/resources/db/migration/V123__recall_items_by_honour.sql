-- A recalled item is of the honour it was handed over with: an honour renewed twice has two reissued honours, each
-- with its trophy, plaque and certificate, which (revocation, item, reissued) could not tell apart (V120).
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table recall_item add column honour_id bigint;
update recall_item set honour_id = (select r.honour_id from revocation r where r.id = recall_item.revocation_id)
    where reissued = false;
update recall_item set honour_id = (select h.id from honour h join revocation r on h.renewal_of_honour_id = r.honour_id
    where r.id = recall_item.revocation_id) where reissued = true;
alter table recall_item alter column honour_id set not null;
alter table recall_item drop constraint uq_recall_item;
alter table recall_item add constraint uq_recall_item unique (revocation_id, honour_id, item);
