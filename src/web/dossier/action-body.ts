// The small form behind each dossier action: which fields it has, their check, and the body it posts.
import type { DossierAction } from '../../domain/dossier/lifecycle.ts';
import type { DossierView } from '../http/dossier-queries.ts';

export type DeliveryMethod = 'counter' | 'post' | 'electronic';

export interface ActionDraft {
  note: string;
  reasons: string;
  items: string;
  reason: string;
  assigneeId: string;
  department: string;
  unitId: string;
  resultName: string;
  method: DeliveryMethod;
  recipientName: string;
  /** `YYYY-MM-DDTHH:mm` from a datetime-local field, in the unit's wall time. */
  newDueAt: string;
  supplementComponents: number[];
}

export type ActionField =
  | 'note'
  | 'reasons'
  | 'items'
  | 'reason'
  | 'assignee'
  | 'department'
  | 'unitId'
  | 'resultName'
  | 'method'
  | 'recipientName'
  | 'newDueAt'
  | 'documents';

export type ActionErrorKey = 'required' | 'assignee' | 'number' | 'date';
export type ActionErrors = Partial<Record<ActionField, ActionErrorKey>>;

/** The fields of each action's form, in the order they are shown (the note always last). */
export const actionFields = {
  accept: ['note'],
  refuse: ['reasons', 'note'],
  assign: ['assignee', 'department', 'note'],
  transfer: ['unitId', 'assignee', 'department', 'note'],
  forward: ['assignee', 'department', 'note'],
  return: ['note'],
  'request-supplement': ['items', 'reason', 'note'],
  'receive-supplement': ['documents', 'note'],
  approve: ['note'],
  reject: ['reasons', 'note'],
  finish: ['resultName', 'note'],
  deliver: ['method', 'recipientName', 'note'],
  apologize: ['reason', 'newDueAt', 'note'],
  withdraw: ['reason', 'note'],
} as const satisfies Record<DossierAction, readonly ActionField[]>;

/** Actions that end or turn back the normal path: shown in red and never the default. */
export const cautionActions: readonly DossierAction[] = ['refuse', 'reject', 'return', 'withdraw'];

/** A liên thông transfer goes to the receiving or the resolving unit, whichever does not hold it now. */
export function transferTarget(
  dossier: Pick<DossierView, 'currentUnitId' | 'receivingUnitId' | 'resolvingUnitId'>,
) {
  return dossier.currentUnitId === dossier.resolvingUnitId
    ? dossier.receivingUnitId
    : dossier.resolvingUnitId;
}

export function emptyActionDraft(dossier: DossierView): ActionDraft {
  return {
    note: '',
    reasons: '',
    items: '',
    reason: '',
    assigneeId: '',
    department: '',
    unitId: String(transferTarget(dossier)),
    resultName: '',
    method: dossier.channel === 'post' ? 'post' : 'counter',
    recipientName: '',
    newDueAt: '',
    supplementComponents: [],
  };
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const offsetPattern = /([+-]\d{2}:\d{2}|Z)$/;

/** `2026-12-10T10:00` in the unit's wall time → ISO with the unit's offset (taken from its other times). */
export function wallTimeToIso(wall: string, offsetFrom: string | null): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(wall)) return undefined;
  const offset = offsetFrom?.match(offsetPattern)?.[1] ?? '+07:00';
  return `${wall}:00${offset === 'Z' ? '+00:00' : offset}`;
}

/** Checks the draft and builds `{version, note?, …}`; the field errors when something is missing. */
export function buildActionBody(
  action: DossierAction,
  dossier: DossierView,
  draft: ActionDraft,
): { body: Record<string, unknown> } | { errors: ActionErrors } {
  const errors: ActionErrors = {};
  const body: Record<string, unknown> = { version: dossier.version };
  const note = draft.note.trim();
  if (note) body.note = note;
  const fields: readonly ActionField[] = actionFields[action];

  if (fields.includes('reasons')) {
    const reasons = lines(draft.reasons);
    if (reasons.length === 0) errors.reasons = 'required';
    body.reasons = reasons;
  }
  if (fields.includes('items')) {
    const items = lines(draft.items);
    if (items.length === 0) errors.items = 'required';
    body.items = items;
  }
  if (fields.includes('reason')) {
    const reason = draft.reason.trim();
    if (reason) body.reason = reason;
    else if (action !== 'withdraw') errors.reason = 'required';
  }
  if (fields.includes('assignee')) {
    const id = draft.assigneeId.trim();
    if (id && !/^[1-9]\d{0,9}$/.test(id)) errors.assignee = 'number';
    else if (id) body.assigneeId = Number(id);
    if (draft.department.trim()) body.department = draft.department.trim();
    if (action === 'assign' && !id && !draft.department.trim()) errors.assignee = 'assignee';
  }
  if (fields.includes('unitId')) {
    if (!/^[1-9]\d{0,9}$/.test(draft.unitId)) errors.unitId = 'required';
    else body.unitId = Number(draft.unitId);
  }
  if (fields.includes('resultName') && draft.resultName.trim()) body.resultName = draft.resultName.trim();
  if (fields.includes('method')) {
    body.method = draft.method;
    if (draft.recipientName.trim()) body.recipientName = draft.recipientName.trim();
  }
  if (fields.includes('newDueAt')) {
    const iso = wallTimeToIso(draft.newDueAt, dossier.appointmentAt ?? dossier.dueAt);
    if (iso) body.newDueAt = iso;
    else errors.newDueAt = 'date';
  }
  if (fields.includes('documents') && draft.supplementComponents.length > 0) {
    body.documents = draft.supplementComponents.map((componentId) => ({ componentId }));
  }
  if (action === 'return' && !note) errors.note = 'required';
  return Object.keys(errors).length > 0 ? { errors } : { body };
}

/** The form field behind a server error path (`body.assigneeId` → assignee). */
export function fieldOfServerPath(path: string): ActionField | undefined {
  const key = path.split('.').filter((part) => part !== 'body')[0];
  if (key === 'assigneeId') return 'assignee';
  const known: readonly string[] = [
    'note',
    'reasons',
    'items',
    'reason',
    'department',
    'unitId',
    'resultName',
    'method',
    'recipientName',
    'newDueAt',
    'documents',
  ];
  return key && known.includes(key) ? (key as ActionField) : undefined;
}
