-- Issue 17: each user's mail preferences (no row: every kind by single mail), and the deadline reminders
-- already given, so the daily run never reminds twice.
-- Portable SQL: runs unchanged on H2 and PostgreSQL.

create table notification_preference (
    user_id              varchar(64)   primary key,
    -- kinds (NoticeKind names, comma-separated) the user wants no mail for; the notification stays on the pages
    mail_off             varchar(600)  default '' not null,
    -- one mail a day with the day's notifications instead of single mails
    digest               boolean       default false not null,
    -- the digest covers notifications created after this instant
    digest_sent_until    timestamp
);

create table deadline_reminder (
    task_id       varchar(64)   not null,
    kind          varchar(40)   not null,
    reminded_at   timestamp     not null,
    primary key (task_id, kind)
);
