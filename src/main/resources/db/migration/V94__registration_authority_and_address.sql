-- Issue 14 item 2, Art 11(2): the organisation's registration authority (登记机关) and domicile (住所) as
-- declared, null in cases stored before they were asked; a finding may pass to be confirmed by the office.
alter table application add column registration_authority varchar(100);
alter table application add column registered_address varchar(200);
alter table eligibility_finding add column to_confirm boolean default false not null;
-- who in the office confirmed the registration a finding marked 需核实, and when
alter table application add column registration_confirmed_by varchar(100);
alter table application add column registration_confirmed_at timestamp;
