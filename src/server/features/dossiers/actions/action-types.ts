// The contract between the action pipeline (run-dossier-action.ts) and each action's own rules.
import type { CalendarSpec } from '../../../../domain/calendar/index.ts';
import type { Staff } from '../../auth/staff.ts';
import type { DossierRow, ProcedureStep, Tx } from '../dossier-repository.ts';

export interface ActionContext<Body> {
  tx: Tx;
  staff: Staff;
  dossier: DossierRow;
  steps: ProcedureStep[];
  /** the resolving unit's working-time calendar */
  spec: CalendarSpec;
  now: Date;
  body: Body;
}

export interface DossierPatch {
  step?: number | null;
  step_started_at?: Date | null;
  step_due_at?: Date | null;
  assignee_id?: number | null;
  department?: string | null;
  current_unit_id?: number;
  received_at?: Date;
  due_at?: Date | null;
  appointment_at?: Date | null;
  paused_at?: Date | null;
  supplement_count?: number;
  apology_count?: number;
  is_forced_late?: boolean;
  finished_at?: Date;
  finish_class?: 'early' | 'on_time' | 'late';
  decision?: 'approved' | 'rejected';
  delivered_at?: Date;
  closed_at?: Date;
  delivery?: string;
}

export interface ActionOutcome {
  patch: DossierPatch;
  /** the current step is closed by this action: record its deadline and how it was met */
  closesStep?: boolean;
  /** facts for the control sheet and the slips (reasons, items, new date…) */
  data?: Record<string, unknown>;
  /** shown on the citizen's lookup page */
  isPublic?: boolean;
  toAssigneeId?: number | null;
  /** notification topics for the outbox */
  notify?: string[];
}

export type ActionHandler<Body> = (ctx: ActionContext<Body>) => Promise<ActionOutcome> | ActionOutcome;
