-- Art 9(6), 16: who investigated an objection: a member of the recommending unit asked to, or of the
-- office investigating itself (null for objections investigated before this was kept)
alter table objection add column investigated_by varchar(64);
