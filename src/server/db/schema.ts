// Kysely's view of the tables created by ./migrations (keep in step with them).
import type { ColumnType, Generated } from 'kysely';
import type { Applicant } from '../../domain/dossier/applicant.ts';
import type { DossierStatus } from '../../domain/dossier/lifecycle.ts';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** numeric columns arrive from node-postgres as strings. */
type Numeric = ColumnType<string, number | string, number | string>;
type Json<T> = ColumnType<T, string, string>;

export interface CalendarsTable {
  id: Generated<number>;
  code: string;
  name: string;
  time_zone: Generated<string>;
  weekdays: ColumnType<number[], number[] | undefined, number[]>;
  periods: ColumnType<{ start: string; end: string }[], string | undefined, string>;
  revision: Generated<number>;
}

export interface CalendarDaysTable {
  calendar_id: number;
  date: ColumnType<string, string, string>;
  kind: 'holiday' | 'working_day';
  name: string;
}

export interface UnitLevelsTable {
  code: string;
  name: string;
  rank: number;
}

export interface UnitsTable {
  id: Generated<number>;
  code: string;
  name: string;
  level: string;
  parent_id: number | null;
  address: string | null;
  calendar_id: number;
  path: number[];
}

export interface FieldsTable {
  id: Generated<number>;
  code: string;
  name: string;
  name_en: string | null;
}

export interface ProcedureFee {
  description: string;
  amountVnd: number;
}

export interface ProceduresTable {
  id: Generated<number>;
  code: string;
  name: string;
  name_en: string | null;
  search_text: string;
  field_id: number;
  level: string;
  receiving_level: string | null;
  processing_time: Numeric;
  processing_time_unit: 'working_days' | 'calendar_days' | 'working_hours';
  online_processing_time: ColumnType<string | null, number | null | undefined, number | null>;
  fees: Json<ProcedureFee[]>;
  online_level: 'full' | 'partial' | 'none';
  applicant_types: string[];
  result_type: string;
  legal_basis: string[];
  updated_at: Timestamp;
}

export interface ProcedureDocumentsTable {
  id: Generated<number>;
  procedure_id: number;
  position: number;
  code: string;
  name: string;
  originals: number;
  copies: number;
  required: boolean;
  note: string | null;
}

export interface ProcedureStepsTable {
  procedure_id: number;
  position: number;
  name: string;
  role: string;
  department: string | null;
  hours: Numeric;
  at_unit: 'receiving' | 'resolving' | null;
}

export interface UnitProceduresTable {
  unit_id: number;
  procedure_id: number;
}

export interface AppStateTable {
  key: string;
  value: Json<unknown>;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Generated<number>;
  username: string;
  full_name: string;
  email: string | null;
  password_hash: string;
  is_disabled: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  created_at: Timestamp;
}

export interface UserRolesTable {
  user_id: number;
  role: string;
  unit_id: number;
}

export interface SessionsTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface FilesTable {
  id: string;
  sha256: string;
  size: ColumnType<number, number, number>;
  media_type: string;
  name: string;
  created_at: Timestamp;
  attached_at: Date | null;
}

export interface DossierCodeCountersTable {
  unit_id: number;
  day: string;
  last_value: number;
}

export interface DossiersTable {
  id: Generated<number>;
  code: string;
  lookup_key: string;
  procedure_id: number;
  receiving_unit_id: number;
  resolving_unit_id: number;
  current_unit_id: number;
  channel: 'online' | 'counter' | 'post';
  status: DossierStatus;
  step: number | null;
  step_started_at: Date | null;
  step_due_at: Date | null;
  assignee_id: number | null;
  department: string | null;
  applicant: Json<Applicant>;
  applicant_search: string;
  submitted_at: Date | null;
  received_at: Date | null;
  due_at: Date | null;
  appointment_at: Date | null;
  paused_at: Date | null;
  supplement_count: Generated<number>;
  apology_count: Generated<number>;
  is_forced_late: Generated<boolean>;
  finished_at: Date | null;
  finish_class: 'early' | 'on_time' | 'late' | null;
  decision: 'approved' | 'rejected' | null;
  delivered_at: Date | null;
  closed_at: Date | null;
  delivery: Json<unknown> | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  due_reminded_at: Date | null;
}

export interface DossierDocumentsTable {
  id: Generated<number>;
  dossier_id: number;
  component_id: number | null;
  name: string;
  file_id: string | null;
  originals: number;
  copies: number;
  source: 'counter' | 'online' | 'supplement' | 'result';
  added_at: Timestamp;
}

export interface DossierEventsTable {
  id: Generated<number>;
  dossier_id: number;
  at: Timestamp;
  action: string;
  from_status: string | null;
  to_status: string;
  from_step: number | null;
  to_step: number | null;
  from_unit_id: number | null;
  to_unit_id: number | null;
  actor_id: number | null;
  actor_name: string | null;
  to_assignee_id: number | null;
  note: string | null;
  data: Json<unknown> | null;
  step_due_at: Date | null;
  step_class: 'early' | 'on_time' | 'late' | null;
  is_public: Generated<boolean>;
}

export interface OutboxTable {
  id: Generated<number>;
  kind: string;
  topic: string;
  dossier_id: number | null;
  payload: Json<unknown>;
  created_at: Timestamp;
  available_at: Timestamp;
  attempts: Generated<number>;
  sent_at: Date | null;
  last_error: string | null;
  skipped_reason: string | null;
}

export interface MailMessagesTable {
  id: Generated<number>;
  outbox_id: number;
  dossier_id: number | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  attachments: Json<{ filename: string; contentType: string; size: number }[]>;
  transport: 'smtp' | 'kept';
  message_id: string;
  created_at: Timestamp;
}

export interface DossierRatingsTable {
  dossier_id: number;
  score: 'very_satisfied' | 'satisfied' | 'dissatisfied';
  criteria: Json<unknown> | null;
  comment: string | null;
  created_at: Timestamp;
}

/** Statistics counters (migration 0004): one row per unit[, procedure], grain and bucket start. */
interface StatsCountColumns {
  grain: 'd' | 'm' | 'y';
  starts_on: ColumnType<string, string, string>;
  received_online: Generated<number>;
  received_direct: Generated<number>;
  resolved_early: Generated<number>;
  resolved_on_time: Generated<number>;
  resolved_late: Generated<number>;
  refused: Generated<number>;
  withdrawn: Generated<number>;
  open_delta: Generated<number>;
  overdue_delta: Generated<number>;
  processing_minutes: Generated<number>;
  received_digitised: Generated<number>;
  delivered: Generated<number>;
  delivered_electronic: Generated<number>;
  rated: Generated<number>;
  rated_dissatisfied: Generated<number>;
}

export interface StatsUnitCountsTable extends StatsCountColumns {
  unit_id: number;
}

export interface StatsProcedureCountsTable extends StatsCountColumns {
  unit_id: number;
  procedure_id: number;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  target: string | null;
  detail: Json<unknown> | null;
  ip: string | null;
  chain_position: number | null;
  prev_hash: string | null;
  hash: string | null;
}

export interface Database {
  calendars: CalendarsTable;
  calendar_days: CalendarDaysTable;
  unit_levels: UnitLevelsTable;
  units: UnitsTable;
  fields: FieldsTable;
  procedures: ProceduresTable;
  procedure_documents: ProcedureDocumentsTable;
  procedure_steps: ProcedureStepsTable;
  unit_procedures: UnitProceduresTable;
  app_state: AppStateTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  files: FilesTable;
  dossier_code_counters: DossierCodeCountersTable;
  dossiers: DossiersTable;
  dossier_documents: DossierDocumentsTable;
  dossier_events: DossierEventsTable;
  outbox: OutboxTable;
  mail_messages: MailMessagesTable;
  audit_log: AuditLogTable;
  dossier_ratings: DossierRatingsTable;
}
