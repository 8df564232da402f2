-- Working-time calendars, the tree of administrative units and the public procedure catalog.

create table calendars (
  id serial primary key,
  code text not null unique,
  name text not null,
  time_zone text not null default 'Asia/Ho_Chi_Minh',
  -- working weekdays, 0 = Sunday … 6 = Saturday
  weekdays smallint[] not null default '{1,2,3,4,5}',
  -- office periods as [{"start":"07:30","end":"11:30"}, …]
  periods jsonb not null default '[{"start":"07:30","end":"11:30"},{"start":"13:30","end":"17:00"}]',
  -- bumped by every change of its days, so caches in every app process know when to reload
  revision integer not null default 0
);

-- Days off on working weekdays (holiday) and make-up working days (working_day), per calendar.
create table calendar_days (
  calendar_id integer not null references calendars (id) on delete cascade,
  date date not null,
  kind text not null check (kind in ('holiday', 'working_day')),
  name text not null,
  primary key (calendar_id, date)
);

-- Levels of the unit tree are data: province, district, commune, or whatever a reform brings.
create table unit_levels (
  code text primary key,
  name text not null,
  rank smallint not null
);

create table units (
  id serial primary key,
  -- agency electronic identifier (Decision 20/2020/QĐ-TTg), used in dossier codes
  code text not null unique,
  name text not null,
  level text not null references unit_levels (code),
  parent_id integer references units (id),
  address text,
  calendar_id integer not null references calendars (id),
  -- ids from the root down to this unit itself, for sub-tree queries
  path integer[] not null
);
create index units_parent_idx on units (parent_id);
create index units_path_idx on units using gin (path);

create table fields (
  id serial primary key,
  code text not null unique,
  name text not null,
  name_en text
);

create table procedures (
  id serial primary key,
  code text not null unique,
  name text not null,
  name_en text,
  -- name folded to lower case without diacritics, for accent-insensitive search
  search_text text not null,
  field_id integer not null references fields (id),
  level text not null,
  receiving_level text,
  processing_time numeric(8, 2) not null check (processing_time >= 0),
  processing_time_unit text not null check (processing_time_unit in ('working_days', 'calendar_days', 'working_hours')),
  online_processing_time numeric(8, 2) check (online_processing_time >= 0),
  fees jsonb not null default '[]',
  online_level text not null check (online_level in ('full', 'partial', 'none')),
  applicant_types text[] not null,
  result_type text not null,
  legal_basis text[] not null default '{}',
  updated_at timestamptz not null default now()
);
create index procedures_field_idx on procedures (field_id);

create table procedure_documents (
  id serial primary key,
  procedure_id integer not null references procedures (id) on delete cascade,
  position smallint not null,
  code text not null,
  name text not null,
  originals smallint not null,
  copies smallint not null,
  required boolean not null,
  note text,
  unique (procedure_id, code)
);

create table procedure_steps (
  procedure_id integer not null references procedures (id) on delete cascade,
  position smallint not null,
  name text not null,
  role text not null,
  department text,
  hours numeric(8, 2) not null,
  primary key (procedure_id, position)
);

-- Which units offer which procedures.
create table unit_procedures (
  unit_id integer not null references units (id) on delete cascade,
  procedure_id integer not null references procedures (id) on delete cascade,
  primary key (unit_id, procedure_id)
);
create index unit_procedures_procedure_idx on unit_procedures (procedure_id);

-- Small key/value facts about this installation (e.g. when demo data was loaded).
create table app_state (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);
