-- The directory's profile of an organisation: hierarchy of institutions, SIREN, size class,
-- sector, region, and the normalised text the search runs on (computed by the application).
alter table organisation add column short_name varchar(60);
alter table organisation add column parent_id bigint;
alter table organisation add column siren varchar(9);
alter table organisation add column size_class varchar(20);
alter table organisation add column sector varchar(30);
alter table organisation add column region varchar(40);
alter table organisation add column website varchar(300);
alter table organisation add column description varchar(4000);
alter table organisation add column name_key varchar(200);
alter table organisation add column search_text varchar(800);

alter table organisation add constraint organisation_parent_fk foreign key (parent_id) references organisation (id);
alter table organisation add constraint organisation_not_own_parent check (parent_id is null or parent_id <> id);
alter table organisation add constraint organisation_siren_digits
  check (siren is null or regexp_like(siren, '^[0-9]{9}$'));
alter table organisation add constraint organisation_size_class_check
  check (size_class is null or size_class in ('MICRO', 'SME', 'MID_CAP', 'LARGE'));

create unique index organisation_siren_unique on organisation (siren);
create index organisation_parent_idx on organisation (parent_id);
create index organisation_name_key_idx on organisation (name_key);
create index organisation_kind_idx on organisation (kind);
create index organisation_region_idx on organisation (region);
create index organisation_sector_idx on organisation (sector);

-- Free tags ("biotech", "maritime", "start-up").
create table organisation_tag (
  organisation_id bigint      not null references organisation (id),
  tag             varchar(40) not null,
  primary key (organisation_id, tag)
);

create index organisation_tag_tag_idx on organisation_tag (tag);

-- A member (usually a company) belongs to clusters (pôles de compétitivité).
create table organisation_cluster_member (
  cluster_id bigint not null references organisation (id),
  member_id  bigint not null references organisation (id),
  primary key (cluster_id, member_id),
  constraint organisation_cluster_not_self check (cluster_id <> member_id)
);

create index organisation_cluster_member_member_idx on organisation_cluster_member (member_id);
