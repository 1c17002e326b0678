-- Issue 12: review comments. Each member writes, per category, strengths and opportunities for
-- improvement (优势 / 改进机会); the panel leader writes the panel's agreed comments and the report
-- keeps the panel's score of each category, from which the feedback report shows only a band.
alter table member_score_item add column strengths varchar(4000);
alter table member_score_item add column opportunities varchar(4000);

create table panel_report_category (
  panel_report_id bigint not null,
  item_order integer not null,
  category_code varchar(50) not null,
  panel_score numeric(7,2) not null,
  strengths varchar(4000) not null,
  opportunities varchar(4000) not null,
  primary key (panel_report_id, item_order),
  constraint fk_panel_report_category foreign key (panel_report_id) references panel_report (id)
);
