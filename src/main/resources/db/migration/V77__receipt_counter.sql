-- One counter per receipt series and year (YY objections, TS complaints) instead of a table per series.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

create table receipt_counter (
    -- series and year, e.g. YY-2026
    id           varchar(20) primary key,
    last_number  bigint      not null
);

insert into receipt_counter (id, last_number)
    select concat('YY-', cast(receipt_year as varchar(4))), last_number from objection_receipt_counter;
insert into receipt_counter (id, last_number)
    select concat('TS-', cast(receipt_year as varchar(4))), last_number from complaint_receipt_counter;

drop table objection_receipt_counter;
drop table complaint_receipt_counter;
