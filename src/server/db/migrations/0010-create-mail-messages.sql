-- Every email motcua rendered from the outbox: sent over SMTP, or kept here when no SMTP server is
-- configured (the development mailbox shows them).

create table mail_messages (
  id bigint generated always as identity primary key,
  outbox_id bigint not null unique references outbox (id),
  dossier_id bigint references dossiers (id),
  to_address text not null,
  subject text not null,
  text_body text not null,
  html_body text not null,
  attachments jsonb not null default '[]',
  -- 'smtp' when handed to the SMTP server, 'kept' when no server is configured
  transport text not null check (transport in ('smtp', 'kept')),
  message_id text not null,
  created_at timestamptz not null default now()
);
create index mail_messages_created_idx on mail_messages (created_at desc);

-- An outbox row that needs no email (no address to send to) is closed with the reason.
alter table outbox add column skipped_reason text;


-- Satisfaction ratings, one per finished dossier (the statistics read them too).
create table if not exists dossier_ratings (
  dossier_id bigint primary key references dossiers (id),
  score text not null check (score in ('very_satisfied', 'satisfied', 'dissatisfied')),
  criteria jsonb,
  comment text,
  created_at timestamptz not null default now()
);
