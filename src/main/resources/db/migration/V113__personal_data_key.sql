-- The fingerprint of the key the personal data was stored with (platform.PersonalDataKeyCheck), recorded at
-- the first start: a node started with another key is refused instead of failing to read the ID numbers and
-- silently missing banned persons and honour holders in the lookups by hash.
create table personal_data_key (
  id integer primary key,
  fingerprint varchar(44) not null,
  recorded_at timestamp not null
);
