-- A terminated convention keeps the day it ends early and why (both or neither, only once terminated;
-- conventions terminated before this change keep neither).
alter table convention
  add column terminated_on      date,
  add column termination_reason varchar(1000),
  add constraint convention_termination_both_check check ((terminated_on is null) = (termination_reason is null)),
  add constraint convention_termination_status_check check (terminated_on is null or status = 'TERMINATED');
