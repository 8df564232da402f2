-- When the assignee was reminded that a dossier falls due within one working day (once per deadline).
alter table dossiers add column due_reminded_at timestamptz;
