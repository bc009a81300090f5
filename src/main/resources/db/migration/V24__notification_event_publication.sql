-- Spring Modulith's event publication registry (JPA): events handed to listeners in other modules,
-- kept until the listener completes, so that a mail that could not be sent is retried.
create table event_publication (
  id                      uuid         not null primary key,
  listener_id             varchar(512) not null,
  event_type              varchar(512) not null,
  serialized_event        varchar(8000) not null,
  publication_date        timestamp with time zone not null,
  completion_date         timestamp with time zone,
  status                  varchar(20),
  completion_attempts     integer      not null default 0,
  last_resubmission_date  timestamp with time zone
);

create index event_publication_completion_idx on event_publication (completion_date);
