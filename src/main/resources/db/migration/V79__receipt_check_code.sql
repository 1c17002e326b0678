-- Receipts end with a random check code (YY-2026-000123-K7QX9M) so that knowing one receipt does
-- not open the next one's answer. Portable SQL: runs unchanged on H2 and PostgreSQL.
alter table complaint alter column receipt_number set data type varchar(30);
