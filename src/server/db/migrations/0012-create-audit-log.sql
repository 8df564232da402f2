-- An append-only audit log of every staff action and sign-in, made tamper-evident by a hash chain:
-- a sealer gives each entry, in the order it seals them, a chain position and
-- hash = sha256(previous hash | the entry's content). `motcua audit verify` recomputes the chain.

create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id integer,
  actor_name text,
  action text not null,
  target text,
  detail jsonb,
  ip text,
  chain_position bigint unique,
  prev_hash text,
  hash text
);
create index audit_log_unsealed_idx on audit_log (id) where chain_position is null;

-- Only the seal may be written, once; nothing may be deleted.
create function audit_log_guard() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.hash is null and new.hash is not null
     and new.id = old.id and new.at = old.at and new.actor_id is not distinct from old.actor_id
     and new.actor_name is not distinct from old.actor_name and new.action = old.action
     and new.target is not distinct from old.target and new.detail is not distinct from old.detail
     and new.ip is not distinct from old.ip then
    return new;
  end if;
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function audit_log_guard();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function refuse_history_change();

-- Every dossier event is a staff (or applicant) action: audit it in the same transaction.
create function audit_dossier_event() returns trigger language plpgsql as $$
begin
  insert into audit_log (at, actor_id, actor_name, action, target, detail)
  select new.at, new.actor_id, new.actor_name, 'dossier.' || new.action, d.code,
    jsonb_build_object('from', new.from_status, 'to', new.to_status)
  from dossiers d where d.id = new.dossier_id;
  return new;
end;
$$;
create trigger dossier_events_audit after insert on dossier_events
  for each row execute function audit_dossier_event();
