-- Counters that concurrent receptions no longer queue on.
--
-- 1. Dossier codes. The daily sequence row of a unit used to be locked from the moment a reception
--    took its number until that reception's transaction committed, so every reception of a unit
--    waited for the one before it to reach the disk. next_dossier_sequence() is called as its own
--    statement, before the reception's transaction, and commits without waiting for the disk
--    (synchronous_commit off for that one statement): the row is locked for microseconds.
--    Durability is not weakened: the reception that uses the number commits later and waits for
--    the disk, and the write-ahead log is flushed in order, so a number whose dossier survives a
--    crash survived with it. A number whose reception then fails is not reused: the sequence may
--    have a gap, never a duplicate.
create function next_dossier_sequence(p_unit integer, p_day date) returns integer
language plpgsql as $$
declare
  n integer;
begin
  perform set_config('synchronous_commit', 'off', true);
  insert into dossier_code_counters as c (unit_id, day, last_value) values (p_unit, p_day, 1)
  on conflict (unit_id, day) do update set last_value = c.last_value + 1
  returning last_value into n;
  return n;
end;
$$;

-- 2. Statistics. Every action used to add its deltas to the day, month and year rows of its unit
--    and procedure, holding those rows locked until it committed: all actions of one unit on one
--    day queued behind each other. Actions now append their deltas here (no row is shared), and
--    stats_fold_deltas() moves them into stats_unit_counts and stats_procedure_counts: before
--    every report (so a report counts every committed action) and every second in the background.
create table stats_deltas (
  id bigint generated always as identity primary key,
  unit_id integer not null,
  procedure_id integer not null,
  day date not null,
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
  rated_dissatisfied integer not null default 0
);

-- Folds every committed delta into the counters (through stats_add_new_days of migration 0004:
-- one row per unit, procedure and day in stats_new_days, both tables locked), in one transaction
-- with the deletion of the deltas, so a reader sees each delta either in the counters or still here, never twice. The
-- counter tables are locked against other writers (share row exclusive: folds, imports and
-- stats_rebuild() take turns; readers are not blocked). Answers the number of deltas folded.
create function stats_fold_deltas() returns integer language plpgsql as $$
declare
  n integer;
begin
  if not exists (select 1 from stats_deltas) then
    return 0;
  end if;
  lock table stats_unit_counts, stats_procedure_counts in share row exclusive mode;
  create temporary table stats_new_days on commit drop as
  with moved as (delete from stats_deltas returning *)
  select unit_id, procedure_id, day,
    sum(received_online)::int as received_online, sum(received_direct)::int as received_direct,
    sum(resolved_early)::int as resolved_early, sum(resolved_on_time)::int as resolved_on_time,
    sum(resolved_late)::int as resolved_late, sum(refused)::int as refused,
    sum(withdrawn)::int as withdrawn, sum(open_delta)::int as open_delta,
    sum(overdue_delta)::int as overdue_delta, sum(processing_minutes)::bigint as processing_minutes,
    sum(received_digitised)::int as received_digitised, sum(delivered)::int as delivered,
    sum(delivered_electronic)::int as delivered_electronic, sum(rated)::int as rated,
    sum(rated_dissatisfied)::int as rated_dissatisfied, count(*)::int as deltas
  from moved
  group by unit_id, procedure_id, day;
  select coalesce(sum(deltas), 0) into n from stats_new_days;
  perform stats_add_new_days();
  drop table stats_new_days;
  return n;
end;
$$;

-- Ratings append deltas too (the trigger of migration 0004 calls this function).
create or replace function stats_add_rating(p_dossier bigint, p_at timestamptz, p_score text, p_sign integer)
returns void language sql as $$
  insert into stats_deltas (unit_id, procedure_id, day, rated, rated_dissatisfied)
  select d.resolving_unit_id, d.procedure_id, (p_at at time zone k.time_zone)::date, p_sign,
    p_sign * (p_score = 'dissatisfied')::int
  from dossiers d
  join units u on u.id = d.resolving_unit_id
  join calendars k on k.id = u.calendar_id
  where d.id = p_dossier;
$$;

-- A rebuild recounts everything from the dossiers: deltas not yet folded are part of what it
-- recounts, so they go. The counter tables are locked first, as by every folder.
alter function stats_rebuild() rename to stats_recount;
create function stats_rebuild() returns void language plpgsql as $$
begin
  lock table stats_unit_counts, stats_procedure_counts in share row exclusive mode;
  lock table stats_deltas in exclusive mode;
  delete from stats_deltas;
  perform stats_recount();
end;
$$;
