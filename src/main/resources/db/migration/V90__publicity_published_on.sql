-- A publicity's period in full working days (Art 16/17/18/21 不少于5个工作日; 民法典第二百零一条): the day a
-- list is published is kept apart from its first working day (start_date), which is now null, like
-- end_date, until the calendar of its year is known. Rows published before this change counted their
-- publication day as day 1: they keep the days they were announced with, so published_on = start_date.
alter table publicity add column published_on date;
update publicity set published_on = start_date;
alter table publicity alter column published_on set not null;
alter table publicity alter column start_date drop not null;
