-- issue 17: the expert's employer's group (集团) and the organisations the expert declared a conflict with,
-- on the record and, as the draw saw them, on each draw's candidates (a draw can be re-run from its record)
alter table expert add column employer_group_credit_code varchar(18);
alter table expert add column conflict_credit_codes varchar(2000) default '' not null;
alter table panel_draw_candidate add column employer_group_credit_code varchar(18);
alter table panel_draw_candidate add column conflict_credit_codes varchar(2000) default '' not null;
