-- Issue 14: an event may target partners' sectors (the directory's Sector values); an event without any is open to
-- every sector. The liaison's home lists the open events that target their organisation's sector, then those open
-- to every sector; the events list filters on it.
create table event_sector (
  event_id  bigint      not null references event (id) on delete cascade,
  sector    varchar(30) not null,
  primary key (event_id, sector),
  constraint event_sector_check check (sector in ('AEROSPACE_DEFENCE', 'AGRIFOOD', 'BANKING_INSURANCE',
    'HEALTH_BIOTECH', 'CHEMISTRY_MATERIALS', 'CONSTRUCTION', 'COSMETICS', 'DIGITAL', 'ENERGY_ENVIRONMENT',
    'MANUFACTURING', 'LOGISTICS_TRANSPORT', 'MARITIME', 'PUBLIC_SERVICE', 'RESEARCH_EDUCATION', 'SERVICES',
    'TOURISM_CULTURE', 'OTHER'))
);

create index event_sector_sector_idx on event_sector (sector);
