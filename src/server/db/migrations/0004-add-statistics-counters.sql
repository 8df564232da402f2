-- Statistics: the periodic report (Circular 01/2020/TT-VPCP, Biểu 06) and the service-quality
-- indicators (Decision 766/QĐ-TTg) read counters, never the dossiers, so that their cost grows with
-- units × days and not with dossiers.
--
-- Counters are kept per resolving unit, procedure and local day of that unit (its calendar's time
-- zone, Asia/Ho_Chi_Minh), each in three buckets: the day ('d'), its month ('m') and its year
-- ('y'), so that a sum over every day before a date reads at most (years) + 11 + 30 rows.
-- stats_unit_counts holds the same sums without the procedure, for the reports by unit.
-- The application adds to them in the same transaction as every dossier change
-- (features/stats/apply-stats-change.ts); historical imports and stats_rebuild() use the set-based
-- functions below. The counters are derived data: no foreign keys, so that writing them stays cheap.
--
-- Flows, on the day they happen:
--   received_online (4), received_direct (5): the day the clock started (received_at);
--   resolved_early / _on_time / _late (8) (9) (10): the day of finished_at, by finish_class;
--   refused: refused at reception (status refused), the day of closed_at, never received;
--   withdrawn: received dossiers withdrawn or stopped, the day of closed_at;
--   processing_minutes: finished_at − received_at of the resolved, for the average time;
--   received_digitised: received with a scanned file attached; delivered, delivered_electronic:
--   results handed back (by delivery method); rated, rated_dissatisfied: citizens' ratings.
-- Ledgers, whose sum over all days ≤ E is a balance at the end of day E:
--   open_delta: +1 the day received, −1 the day finished, withdrawn or stopped → (6) and (11);
--   overdue_delta: +1 from the day after the due day while open, −1 when it closes or its due
--   day moves → (13). (12) = (11) − (13).

-- Citizens' ratings of finished dossiers (the national portal's three answers).
create table if not exists dossier_ratings (
  dossier_id bigint primary key references dossiers (id),
  score text not null check (score in ('very_satisfied', 'satisfied', 'dissatisfied')),
  criteria jsonb,
  comment text,
  created_at timestamptz not null default now()
);

create table stats_unit_counts (
  unit_id integer not null,
  grain char(1) not null check (grain in ('d', 'm', 'y')),
  -- the bucket's first day: the day itself, the 1st of the month, 1 January
  starts_on date not null,
  received_online integer not null default 0,
  received_direct integer not null default 0,
  resolved_early integer not null default 0,
  resolved_on_time integer not null default 0,
  resolved_late integer not null default 0,
  refused integer not null default 0,
  withdrawn integer not null default 0,
  open_delta integer not null default 0,
  overdue_delta integer not null default 0,
  processing_minutes bigint not null default 0,
  received_digitised integer not null default 0,
  delivered integer not null default 0,
  delivered_electronic integer not null default 0,
  rated integer not null default 0,
  rated_dissatisfied integer not null default 0,
  primary key (unit_id, grain, starts_on)
) with (fillfactor = 80); -- room for HOT updates: counters change, keys never do

create table stats_procedure_counts (
  unit_id integer not null,
  procedure_id integer not null,
  grain char(1) not null check (grain in ('d', 'm', 'y')),
  starts_on date not null,
  received_online integer not null default 0,
  received_direct integer not null default 0,
  resolved_early integer not null default 0,
  resolved_on_time integer not null default 0,
  resolved_late integer not null default 0,
  refused integer not null default 0,
  withdrawn integer not null default 0,
  open_delta integer not null default 0,
  overdue_delta integer not null default 0,
  processing_minutes bigint not null default 0,
  received_digitised integer not null default 0,
  delivered integer not null default 0,
  delivered_electronic integer not null default 0,
  rated integer not null default 0,
  rated_dissatisfied integer not null default 0,
  primary key (unit_id, grain, starts_on, procedure_id)
) with (fillfactor = 80);

-- What one dossier adds to the day counters over its whole life, from its stored columns and its
-- local days (received, due, paused, finished, closed, delivered). The same rules as
-- domain/stats/stats-delta.ts, for a dossier whose due date never moved: exact for imported
-- history; for stats_rebuild() of live data, earlier supplement moves and pauses of dossiers
-- closed since are taken as if the final due date had always held.
create function stats_dossier_contributions(
  p_channel text, p_status text, p_received date, p_due date, p_paused date, p_finished date,
  p_finish_class text, p_closed date, p_delivered date, p_minutes bigint, p_digitised boolean,
  p_electronic boolean
) returns table (
  day date, received_online integer, received_direct integer, resolved_early integer,
  resolved_on_time integer, resolved_late integer, refused integer, withdrawn integer,
  open_delta integer, overdue_delta integer, processing_minutes bigint, received_digitised integer,
  delivered integer, delivered_electronic integer
) language sql immutable as $$
  with f as (
    select
      p_received is not null and p_status not in ('submitted', 'refused') as is_received,
      p_status in ('received', 'in_progress', 'awaiting_supplement', 'awaiting_fee') as is_open,
      coalesce(p_finished, p_closed) as closed_day,
      -- paused for a supplement on or before the due day: within deadline while it waits
      coalesce(p_status = 'awaiting_supplement' and p_paused is not null and p_due >= p_paused, false)
        as is_waiting
  )
  select c.* from f cross join lateral (values
    -- (4) or (5), and open from the day received
    (case when f.is_received then p_received end,
      (p_channel = 'online')::int, (p_channel <> 'online')::int, 0, 0, 0, 0, 0, 1, 0, 0::bigint,
      p_digitised::int, 0, 0),
    -- (8) (9) (10) on the finish day
    (case when f.is_received then p_finished end, 0, 0,
      (p_finish_class is not distinct from 'early')::int, (p_finish_class is not distinct from 'on_time')::int,
      (coalesce(p_finish_class, 'late') = 'late')::int, 0, 0, 0, 0, p_minutes, 0, 0, 0),
    -- closed (finished, withdrawn, stopped): no longer open; withdrawn counted apart
    (case when f.is_received and not f.is_open then f.closed_day end, 0, 0, 0, 0, 0, 0,
      (p_status in ('withdrawn', 'stopped'))::int, -1, 0, 0::bigint, 0, 0, 0),
    -- overdue from the day after the due day …
    (case when f.is_received and p_due is not null and not (f.is_open and f.is_waiting)
      then p_due + 1 end, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0::bigint, 0, 0, 0),
    -- … until it closed
    (case when f.is_received and not f.is_open and p_due is not null
      then greatest(p_due + 1, f.closed_day) end, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0::bigint, 0, 0, 0),
    (case when f.is_received then p_delivered end, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0::bigint, 0, 1,
      coalesce(p_electronic, false)::int),
    -- refused at reception: apart, never received
    (case when p_status = 'refused' then p_closed end, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0::bigint, 0, 0, 0)
  ) as c(day, received_online, received_direct, resolved_early, resolved_on_time, resolved_late,
         refused, withdrawn, open_delta, overdue_delta, processing_minutes, received_digitised,
         delivered, delivered_electronic)
  where c.day is not null
$$;

-- Adds the rows of the session's temporary table stats_new_days (unit_id, procedure_id, day and
-- the counter columns, exactly one row per (unit_id, procedure_id, day)) to the day, month and year
-- buckets of both tables. The caller holds both tables locked against other writers (share row
-- exclusive), so no order of rows is needed to keep clear of deadlocks with live transactions.
create function stats_add_new_days() returns void language plpgsql as $$
begin
  insert into stats_unit_counts as s (unit_id, grain, starts_on,
    received_online, received_direct, resolved_early, resolved_on_time, resolved_late, refused,
    withdrawn, open_delta, overdue_delta, processing_minutes, received_digitised, delivered,
    delivered_electronic, rated, rated_dissatisfied)
  select unit_id, 'd', day,
    sum(received_online)::int, sum(received_direct)::int, sum(resolved_early)::int,
    sum(resolved_on_time)::int, sum(resolved_late)::int, sum(refused)::int, sum(withdrawn)::int,
    sum(open_delta)::int, sum(overdue_delta)::int, sum(processing_minutes)::bigint,
    sum(received_digitised)::int, sum(delivered)::int, sum(delivered_electronic)::int,
    sum(rated)::int, sum(rated_dissatisfied)::int
  from stats_new_days group by unit_id, day
  union all
  select unit_id, 'm', date_trunc('month', day::timestamp)::date,
    sum(received_online)::int, sum(received_direct)::int, sum(resolved_early)::int,
    sum(resolved_on_time)::int, sum(resolved_late)::int, sum(refused)::int, sum(withdrawn)::int,
    sum(open_delta)::int, sum(overdue_delta)::int, sum(processing_minutes)::bigint,
    sum(received_digitised)::int, sum(delivered)::int, sum(delivered_electronic)::int,
    sum(rated)::int, sum(rated_dissatisfied)::int
  from stats_new_days group by unit_id, 3
  union all
  select unit_id, 'y', date_trunc('year', day::timestamp)::date,
    sum(received_online)::int, sum(received_direct)::int, sum(resolved_early)::int,
    sum(resolved_on_time)::int, sum(resolved_late)::int, sum(refused)::int, sum(withdrawn)::int,
    sum(open_delta)::int, sum(overdue_delta)::int, sum(processing_minutes)::bigint,
    sum(received_digitised)::int, sum(delivered)::int, sum(delivered_electronic)::int,
    sum(rated)::int, sum(rated_dissatisfied)::int
  from stats_new_days group by unit_id, 3
  on conflict (unit_id, grain, starts_on) do update set
    received_online = s.received_online + excluded.received_online,
    received_direct = s.received_direct + excluded.received_direct,
    resolved_early = s.resolved_early + excluded.resolved_early,
    resolved_on_time = s.resolved_on_time + excluded.resolved_on_time,
    resolved_late = s.resolved_late + excluded.resolved_late,
    refused = s.refused + excluded.refused,
    withdrawn = s.withdrawn + excluded.withdrawn,
    open_delta = s.open_delta + excluded.open_delta,
    overdue_delta = s.overdue_delta + excluded.overdue_delta,
    processing_minutes = s.processing_minutes + excluded.processing_minutes,
    received_digitised = s.received_digitised + excluded.received_digitised,
    delivered = s.delivered + excluded.delivered,
    delivered_electronic = s.delivered_electronic + excluded.delivered_electronic,
    rated = s.rated + excluded.rated,
    rated_dissatisfied = s.rated_dissatisfied + excluded.rated_dissatisfied;

  insert into stats_procedure_counts as s (unit_id, procedure_id, grain, starts_on,
    received_online, received_direct, resolved_early, resolved_on_time, resolved_late, refused,
    withdrawn, open_delta, overdue_delta, processing_minutes, received_digitised, delivered,
    delivered_electronic, rated, rated_dissatisfied)
  select unit_id, procedure_id, 'd', day,
    received_online, received_direct, resolved_early, resolved_on_time, resolved_late, refused,
    withdrawn, open_delta, overdue_delta, processing_minutes, received_digitised, delivered,
    delivered_electronic, rated, rated_dissatisfied
  from stats_new_days
  union all
  select unit_id, procedure_id, 'm', date_trunc('month', day::timestamp)::date,
    sum(received_online)::int, sum(received_direct)::int, sum(resolved_early)::int,
    sum(resolved_on_time)::int, sum(resolved_late)::int, sum(refused)::int, sum(withdrawn)::int,
    sum(open_delta)::int, sum(overdue_delta)::int, sum(processing_minutes)::bigint,
    sum(received_digitised)::int, sum(delivered)::int, sum(delivered_electronic)::int,
    sum(rated)::int, sum(rated_dissatisfied)::int
  from stats_new_days group by unit_id, procedure_id, 4
  union all
  select unit_id, procedure_id, 'y', date_trunc('year', day::timestamp)::date,
    sum(received_online)::int, sum(received_direct)::int, sum(resolved_early)::int,
    sum(resolved_on_time)::int, sum(resolved_late)::int, sum(refused)::int, sum(withdrawn)::int,
    sum(open_delta)::int, sum(overdue_delta)::int, sum(processing_minutes)::bigint,
    sum(received_digitised)::int, sum(delivered)::int, sum(delivered_electronic)::int,
    sum(rated)::int, sum(rated_dissatisfied)::int
  from stats_new_days group by unit_id, procedure_id, 4
  on conflict (unit_id, grain, starts_on, procedure_id) do update set
    received_online = s.received_online + excluded.received_online,
    received_direct = s.received_direct + excluded.received_direct,
    resolved_early = s.resolved_early + excluded.resolved_early,
    resolved_on_time = s.resolved_on_time + excluded.resolved_on_time,
    resolved_late = s.resolved_late + excluded.resolved_late,
    refused = s.refused + excluded.refused,
    withdrawn = s.withdrawn + excluded.withdrawn,
    open_delta = s.open_delta + excluded.open_delta,
    overdue_delta = s.overdue_delta + excluded.overdue_delta,
    processing_minutes = s.processing_minutes + excluded.processing_minutes,
    received_digitised = s.received_digitised + excluded.received_digitised,
    delivered = s.delivered + excluded.delivered,
    delivered_electronic = s.delivered_electronic + excluded.delivered_electronic,
    rated = s.rated + excluded.rated,
    rated_dissatisfied = s.rated_dissatisfied + excluded.rated_dissatisfied;
end;
$$;

-- Recounts every counter from the dossiers and ratings (after a repair of data by hand, or when
-- this migration meets dossiers that existed before it). Locks both tables while it runs.
create function stats_rebuild() returns void language plpgsql as $$
begin
  lock table stats_unit_counts, stats_procedure_counts in share row exclusive mode;
  delete from stats_unit_counts;
  delete from stats_procedure_counts;
  create temporary table stats_new_days on commit drop as
  select x.unit_id, x.procedure_id, x.day,
    sum(x.received_online)::int as received_online, sum(x.received_direct)::int as received_direct,
    sum(x.resolved_early)::int as resolved_early, sum(x.resolved_on_time)::int as resolved_on_time,
    sum(x.resolved_late)::int as resolved_late, sum(x.refused)::int as refused,
    sum(x.withdrawn)::int as withdrawn, sum(x.open_delta)::int as open_delta,
    sum(x.overdue_delta)::int as overdue_delta, sum(x.processing_minutes)::bigint as processing_minutes,
    sum(x.received_digitised)::int as received_digitised, sum(x.delivered)::int as delivered,
    sum(x.delivered_electronic)::int as delivered_electronic, sum(x.rated)::int as rated,
    sum(x.rated_dissatisfied)::int as rated_dissatisfied
  from (
    select d.resolving_unit_id as unit_id, d.procedure_id, c.*, 0 as rated, 0 as rated_dissatisfied
    from dossiers d
    join units u on u.id = d.resolving_unit_id
    join calendars k on k.id = u.calendar_id
    cross join lateral stats_dossier_contributions(
      d.channel, d.status,
      (d.received_at at time zone k.time_zone)::date,
      (d.due_at at time zone k.time_zone)::date,
      (d.paused_at at time zone k.time_zone)::date,
      (d.finished_at at time zone k.time_zone)::date,
      d.finish_class,
      (coalesce(d.closed_at, case when d.status in ('withdrawn', 'stopped', 'refused') then d.updated_at end)
        at time zone k.time_zone)::date,
      (d.delivered_at at time zone k.time_zone)::date,
      greatest(0, round(extract(epoch from d.finished_at - d.received_at) / 60))::bigint,
      exists (select 1 from dossier_documents dd where dd.dossier_id = d.id and dd.file_id is not null
        and dd.source in ('counter', 'online')),
      d.delivery ->> 'method' = 'electronic'
    ) c
    union all
    select d.resolving_unit_id, d.procedure_id, (r.created_at at time zone k.time_zone)::date,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, (r.score = 'dissatisfied')::int
    from dossier_ratings r
    join dossiers d on d.id = r.dossier_id
    join units u on u.id = d.resolving_unit_id
    join calendars k on k.id = u.calendar_id
  ) x
  group by x.unit_id, x.procedure_id, x.day;
  perform stats_add_new_days();
  drop table stats_new_days;
end;
$$;

-- Ratings are written by the citizen's lookup page; this trigger keeps their counters in step
-- whoever writes them, on the local day the rating was given (unit rows first, as everywhere).
create function stats_add_rating(p_dossier bigint, p_at timestamptz, p_score text, p_sign integer)
returns void language sql as $$
  insert into stats_unit_counts as s (unit_id, grain, starts_on, rated, rated_dissatisfied)
  select d.resolving_unit_id, g.grain, g.starts_on, p_sign, p_sign * (p_score = 'dissatisfied')::int
  from dossiers d
  join units u on u.id = d.resolving_unit_id
  join calendars k on k.id = u.calendar_id
  cross join lateral (select (p_at at time zone k.time_zone)::date as day) t
  cross join lateral (values ('d', t.day), ('m', date_trunc('month', t.day::timestamp)::date),
    ('y', date_trunc('year', t.day::timestamp)::date)) as g(grain, starts_on)
  where d.id = p_dossier
  order by 1, 2, 3
  on conflict (unit_id, grain, starts_on) do update set
    rated = s.rated + excluded.rated, rated_dissatisfied = s.rated_dissatisfied + excluded.rated_dissatisfied;
  insert into stats_procedure_counts as s (unit_id, procedure_id, grain, starts_on, rated, rated_dissatisfied)
  select d.resolving_unit_id, d.procedure_id, g.grain, g.starts_on, p_sign,
    p_sign * (p_score = 'dissatisfied')::int
  from dossiers d
  join units u on u.id = d.resolving_unit_id
  join calendars k on k.id = u.calendar_id
  cross join lateral (select (p_at at time zone k.time_zone)::date as day) t
  cross join lateral (values ('d', t.day), ('m', date_trunc('month', t.day::timestamp)::date),
    ('y', date_trunc('year', t.day::timestamp)::date)) as g(grain, starts_on)
  where d.id = p_dossier
  order by 1, 3, 4, 2
  on conflict (unit_id, grain, starts_on, procedure_id) do update set
    rated = s.rated + excluded.rated, rated_dissatisfied = s.rated_dissatisfied + excluded.rated_dissatisfied;
$$;

create function stats_count_rating() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform stats_add_rating(old.dossier_id, old.created_at, old.score, -1);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform stats_add_rating(new.dossier_id, new.created_at, new.score, 1);
  end if;
  return null;
end;
$$;
create trigger dossier_ratings_stats after insert or update or delete on dossier_ratings
  for each row execute function stats_count_rating();

-- Dossiers that existed before this migration.
select stats_rebuild();
