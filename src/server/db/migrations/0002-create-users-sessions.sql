-- Staff accounts, their roles scoped to units, and server-side sessions.

create table users (
  id serial primary key,
  username text not null unique,
  full_name text not null,
  email text,
  password_hash text not null,
  is_disabled boolean not null default false,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  created_at timestamptz not null default now()
);

create table user_roles (
  user_id integer not null references users (id) on delete cascade,
  role text not null check (role in ('reception', 'specialist', 'leader', 'unit-admin', 'province-admin')),
  unit_id integer not null references units (id),
  primary key (user_id, role, unit_id)
);

create table sessions (
  -- sha256 of the cookie's random token: a leaked table does not leak sessions
  id text primary key,
  user_id integer not null references users (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now()
);
create index sessions_user_idx on sessions (user_id);
create index sessions_expires_idx on sessions (expires_at);
