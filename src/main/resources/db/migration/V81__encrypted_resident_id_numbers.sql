-- Resident ID numbers are stored encrypted (platform.PersonalDataCipher: v1:<base64>, about 70 characters for
-- 18) with a keyed hash beside them (HMAC-SHA256, 44 characters), as ciphertexts differ on every write and
-- cannot be compared. V82, a Java migration because it needs the key, encrypts the rows already there.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table application alter column id_number set data type varchar(100);
-- an individual's applicant key is the keyed hash of the ID number (an organisation's stays its credit code)
alter table application alter column applicant_key set data type varchar(64);
alter table application alter column active_applicant_key set data type varchar(64);

drop index ix_honour_holder_id_number;
alter table honour alter column holder_id_number set data type varchar(100);
alter table honour add column holder_id_hash varchar(64);
create index ix_honour_holder_id_hash on honour (holder_id_hash);

drop index ix_ban_subject_id_number;
alter table ban alter column subject_id_number set data type varchar(100);
alter table ban add column subject_id_hash varchar(64);
create index ix_ban_subject_id_hash on ban (subject_id_hash);
