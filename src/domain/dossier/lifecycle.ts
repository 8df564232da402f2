// The dossier lifecycle: statuses, the national portal's status codes beside them, the actions and
// the one transition table that both the server (to guard actions) and the web app (to show
// buttons) use. Pure: no database, HTTP or React.

export const dossierStatuses = [
  'submitted',
  'received',
  'in_progress',
  'awaiting_supplement',
  'awaiting_fee',
  'result_ready',
  'delivered',
  'refused',
  'rejected',
  'withdrawn',
  'stopped',
] as const;
export type DossierStatus = (typeof dossierStatuses)[number];

export const dossierActions = [
  'accept',
  'refuse',
  'assign',
  'transfer',
  'forward',
  'return',
  'request-supplement',
  'receive-supplement',
  'approve',
  'reject',
  'finish',
  'deliver',
  'apologize',
  'withdraw',
] as const;
export type DossierAction = (typeof dossierActions)[number];

/** Events that are not staff actions on an existing dossier. */
export type DossierEventKind = DossierAction | 'submit' | 'receive' | 'supplement-submitted';

/**
 * National public-service portal status codes (legal-reference.md, "Channels and statuses"):
 * 1 submitted online, 2 received, 3 not received, 4 processing, 5 supplement requested, 6 awaiting
 * fees, 7 withdrawn at the applicant's request, 8 stopped, 9 finished, 10 result delivered.
 * A rejection (resolved with a refusal decision) is a finished dossier: 9.
 */
export const portalStatusCode = {
  submitted: 1,
  received: 2,
  refused: 3,
  in_progress: 4,
  awaiting_supplement: 5,
  awaiting_fee: 6,
  withdrawn: 7,
  stopped: 8,
  result_ready: 9,
  rejected: 9,
  delivered: 10,
} as const satisfies Record<DossierStatus, number>;

/** What each status allows; an action outside this table answers 409 with the allowed ones. */
export const allowedActions = {
  submitted: ['accept', 'refuse', 'withdraw'],
  received: [
    'assign',
    'transfer',
    'forward',
    'request-supplement',
    'finish',
    'reject',
    'apologize',
    'withdraw',
  ],
  in_progress: [
    'assign',
    'transfer',
    'forward',
    'return',
    'request-supplement',
    'approve',
    'reject',
    'finish',
    'apologize',
    'withdraw',
  ],
  awaiting_supplement: ['receive-supplement', 'withdraw'],
  awaiting_fee: ['withdraw'],
  result_ready: ['deliver'],
  rejected: ['deliver'],
  delivered: [],
  refused: [],
  withdrawn: [],
  stopped: [],
} as const satisfies Record<DossierStatus, readonly DossierAction[]>;

/** The status an action leads to from any status that allows it. */
export const statusAfter = {
  accept: 'received',
  refuse: 'refused',
  assign: 'in_progress',
  transfer: 'in_progress',
  forward: 'in_progress',
  return: 'in_progress',
  'request-supplement': 'awaiting_supplement',
  'receive-supplement': 'in_progress',
  approve: 'in_progress',
  reject: 'rejected',
  finish: 'result_ready',
  deliver: 'delivered',
  apologize: null, // stays where it is
  withdraw: 'withdrawn',
} as const satisfies Record<DossierAction, DossierStatus | null>;

export function isActionAllowed(status: DossierStatus, action: DossierAction): boolean {
  return (allowedActions[status] as readonly DossierAction[]).includes(action);
}

export function nextStatus(status: DossierStatus, action: DossierAction): DossierStatus {
  return statusAfter[action] ?? status;
}

/** Still being handled: counts as pending in the statistics. */
export const openStatuses = [
  'received',
  'in_progress',
  'awaiting_supplement',
  'awaiting_fee',
] as const satisfies readonly DossierStatus[];

export function isOpen(status: DossierStatus): boolean {
  return (openStatuses as readonly DossierStatus[]).includes(status);
}

/** The deadline clock is paused while the applicant owes documents (Decree 118/2025 Art. 11). */
export function isClockPaused(status: DossierStatus): boolean {
  return status === 'awaiting_supplement';
}

export const statusText = {
  submitted: { vi: 'Đã nộp trực tuyến, chờ tiếp nhận', en: 'Submitted online, awaiting reception' },
  received: { vi: 'Đã tiếp nhận', en: 'Received' },
  in_progress: { vi: 'Đang giải quyết', en: 'Being processed' },
  awaiting_supplement: { vi: 'Chờ bổ sung hồ sơ', en: 'Awaiting additional documents' },
  awaiting_fee: { vi: 'Chờ nộp phí, lệ phí', en: 'Awaiting fees' },
  result_ready: { vi: 'Đã có kết quả, chờ trả', en: 'Result ready for collection' },
  delivered: { vi: 'Đã trả kết quả', en: 'Result delivered' },
  refused: { vi: 'Không tiếp nhận', en: 'Not received' },
  rejected: { vi: 'Từ chối giải quyết', en: 'Refused, with reasons' },
  withdrawn: { vi: 'Đã rút hồ sơ', en: 'Withdrawn' },
  stopped: { vi: 'Dừng giải quyết', en: 'Processing stopped' },
} as const satisfies Record<DossierStatus, { vi: string; en: string }>;

export const actionText = {
  accept: { vi: 'Tiếp nhận', en: 'Accept' },
  refuse: { vi: 'Từ chối tiếp nhận', en: 'Refuse' },
  assign: { vi: 'Phân công', en: 'Assign' },
  transfer: { vi: 'Chuyển xử lý', en: 'Transfer' },
  forward: { vi: 'Chuyển bước tiếp', en: 'Forward' },
  return: { vi: 'Trả lại bước trước', en: 'Return' },
  'request-supplement': { vi: 'Yêu cầu bổ sung', en: 'Request supplement' },
  'receive-supplement': { vi: 'Nhận bổ sung', en: 'Receive supplement' },
  approve: { vi: 'Phê duyệt', en: 'Approve' },
  reject: { vi: 'Từ chối giải quyết', en: 'Reject' },
  finish: { vi: 'Hoàn thành', en: 'Finish' },
  deliver: { vi: 'Trả kết quả', en: 'Deliver' },
  apologize: { vi: 'Xin lỗi, hẹn lại', en: 'Apologize, new date' },
  withdraw: { vi: 'Rút hồ sơ', en: 'Withdraw' },
} as const satisfies Record<DossierAction, { vi: string; en: string }>;

/** Actions that move to the next step need one; a return needs a step before the current one. */
export function stepAllows(
  action: DossierAction,
  step: number | null,
  positions: readonly number[],
): boolean {
  const current = step ?? 0;
  if (action === 'forward' || action === 'approve' || action === 'transfer')
    return positions.some((p) => p > current);
  if (action === 'return') return positions.some((p) => p < current);
  return true;
}
