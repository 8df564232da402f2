-- Dossiers, their append-only event history (the processing control sheet), their documents,
-- the per-unit daily code sequence, uploaded files and the notification outbox.

create table files (
  id uuid primary key,
  sha256 text not null,
  size bigint not null,
  media_type text not null,
  name text not null,
  created_at timestamptz not null default now(),
  -- set when a dossier refers to the file; unreferenced uploads are cleaned up after a day
  attached_at timestamptz
);
create index files_unattached_idx on files (created_at) where attached_at is null;

-- Circular 03/2025/TT-VPCP Art. 13: the sequence per receiving agency per day, never reused.
create table dossier_code_counters (
  unit_id integer not null references units (id),
  day date not null,
  last_value integer not null,
  primary key (unit_id, day)
);

create table dossiers (
  id bigint generated always as identity primary key,
  code text not null unique,
  -- the citizen's secret for the public lookup (16 random base32 characters, 80 bits)
  lookup_key text not null,
  procedure_id integer not null references procedures (id),
  receiving_unit_id integer not null references units (id),
  resolving_unit_id integer not null references units (id),
  -- the unit holding the dossier now (receiving unit, then the resolving unit, then back)
  current_unit_id integer not null references units (id),
  channel text not null check (channel in ('online', 'counter', 'post')),
  status text not null check (status in ('submitted', 'received', 'in_progress', 'awaiting_supplement',
    'awaiting_fee', 'result_ready', 'delivered', 'refused', 'rejected', 'withdrawn', 'stopped')),
  -- position in the procedure's step template; null before reception
  step smallint,
  step_started_at timestamptz,
  step_due_at timestamptz,
  assignee_id integer references users (id),
  department text,
  applicant jsonb not null,
  -- folded applicant name and id number, for staff search without diacritics
  applicant_search text not null,
  submitted_at timestamptz,
  received_at timestamptz,
  -- the legal deadline, moved only by supplement pauses
  due_at timestamptz,
  -- the date promised to the applicant: the deadline, or the apology's new date
  appointment_at timestamptz,
  paused_at timestamptz,
  supplement_count smallint not null default 0,
  apology_count smallint not null default 0,
  -- a second supplement request makes the dossier count as late (Decree 118/2025 Art. 11)
  is_forced_late boolean not null default false,
  finished_at timestamptz,
  finish_class text check (finish_class in ('early', 'on_time', 'late')),
  decision text check (decision in ('approved', 'rejected')),
  delivered_at timestamptz,
  closed_at timestamptz,
  delivery jsonb,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index dossiers_current_unit_status_idx on dossiers (current_unit_id, status);
create index dossiers_receiving_unit_idx on dossiers (receiving_unit_id, received_at);
create index dossiers_resolving_unit_idx on dossiers (resolving_unit_id, status);
create index dossiers_assignee_idx on dossiers (assignee_id, status) where assignee_id is not null;
create index dossiers_open_due_idx on dossiers (due_at) where status in ('received', 'in_progress', 'awaiting_fee');

create table dossier_documents (
  id bigint generated always as identity primary key,
  dossier_id bigint not null references dossiers (id),
  -- the procedure's document component; null for extra papers
  component_id integer references procedure_documents (id),
  name text not null,
  file_id uuid references files (id),
  originals smallint not null default 0,
  copies smallint not null default 0,
  source text not null check (source in ('counter', 'online', 'supplement', 'result')),
  added_at timestamptz not null default now()
);
create index dossier_documents_dossier_idx on dossier_documents (dossier_id);

-- One row per thing that happened: the processing control sheet (Phiếu kiểm soát quá trình giải
-- quyết hồ sơ). Append-only: a trigger refuses UPDATE and DELETE even to the table's owner.
create table dossier_events (
  id bigint generated always as identity primary key,
  dossier_id bigint not null references dossiers (id),
  at timestamptz not null default now(),
  action text not null,
  from_status text,
  to_status text not null,
  from_step smallint,
  to_step smallint,
  from_unit_id integer references units (id),
  to_unit_id integer references units (id),
  actor_id integer references users (id),
  actor_name text,
  to_assignee_id integer references users (id),
  note text,
  data jsonb,
  -- the deadline of the step this event closes, and how it was met
  step_due_at timestamptz,
  step_class text check (step_class in ('early', 'on_time', 'late')),
  -- shown on the citizen's lookup page
  is_public boolean not null default false
);
create index dossier_events_dossier_idx on dossier_events (dossier_id, id);

create function refuse_history_change() returns trigger language plpgsql as $$
begin
  raise exception 'dossier_events is append-only';
end;
$$;
create trigger dossier_events_append_only before update or delete on dossier_events
  for each row execute function refuse_history_change();
create trigger dossier_events_no_truncate before truncate on dossier_events
  for each statement execute function refuse_history_change();

-- Notifications to send (email, later webhooks), written in the same transaction as the action.
create table outbox (
  id bigint generated always as identity primary key,
  kind text not null,
  topic text not null,
  dossier_id bigint references dossiers (id),
  payload jsonb not null,
  created_at timestamptz not null default now(),
  available_at timestamptz not null default now(),
  attempts integer not null default 0,
  sent_at timestamptz,
  last_error text
);
create index outbox_pending_idx on outbox (available_at) where sent_at is null;
