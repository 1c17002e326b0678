-- Art 33 with Art 16: a renewal case opens for its holder's material (the validity's evidence, an updated profile)
-- until this day; its timer and the task's due date both come from it. Null for renewals opened before.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table renewal add column material_due_on date;
