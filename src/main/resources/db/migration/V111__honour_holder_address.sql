-- Art 31: an organisation holder's registered address, as on its winning application, so that the county
-- regulator of its place visits it also when its credit code was issued by the city or the province.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table honour add column holder_address varchar(200);
update honour set holder_address = (select a.registered_address from application a where a.id = honour.application_id)
    where application_id is not null;
