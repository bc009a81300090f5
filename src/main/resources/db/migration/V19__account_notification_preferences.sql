-- Which mails each person receives, and how: at once, gathered in a daily or weekly digest, or not at all.
-- No row for a topic means at once (the default).
create table account_notification_preference (
  account_id  bigint      not null references account (id) on delete cascade,
  topic       varchar(30) not null,
  delivery    varchar(10) not null,
  primary key (account_id, topic),
  constraint account_notification_preference_topic check (topic in ('ACTIONS', 'CONVENTIONS_ENDING',
    'REGISTRATIONS', 'HOSTING_DECISIONS')),
  constraint account_notification_preference_delivery check (delivery in ('IMMEDIATE', 'DAILY', 'WEEKLY', 'NONE'))
);
