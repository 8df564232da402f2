// Kysely's view of the tables created by ./migrations (keep in step with them).
import type { ColumnType, Generated } from 'kysely';

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
}
