-- The opinions of the recommending unit (its review and its signed recommendation) and of the county body (Art 16)
-- were kept only as the engine's variables, each step's overwriting the last; they are kept beside the departments'
-- opinions (Art 17), one row a step, which is what the table now holds.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

alter table department_opinion rename to unit_opinion;
alter table unit_opinion rename column department_code to unit_code;
alter table unit_opinion add column step varchar(30) default 'DEPARTMENT' not null;
