-- Tells every application process which dossier changed, so that their caches of what citizens
-- look up (features/citizen/lookup-cache.ts) drop it: NOTIFY is delivered when the change
-- commits, to every process listening on the channel, whichever process or tool made the change.
-- Every action and online supplement updates the dossier row (its version at least); ratings do
-- not, so they notify too. A new dossier needs no notice (nobody holds it yet): its insert does not
-- notify, and a rush of receptions does not queue on the notification lock at commit.
create function notify_dossier_changed() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'dossiers' then
    perform pg_notify('motcua_dossier_changed', new.code);
  else
    perform pg_notify('motcua_dossier_changed', d.code)
    from dossiers d where d.id = case when tg_op = 'DELETE' then old.dossier_id else new.dossier_id end;
  end if;
  return null;
end;
$$;

create trigger dossiers_notify_changed after update on dossiers
  for each row execute function notify_dossier_changed();
create trigger dossier_ratings_notify_changed after insert or update or delete on dossier_ratings
  for each row execute function notify_dossier_changed();
