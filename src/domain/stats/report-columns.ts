// The columns of the periodic report (Circular 01/2020/TT-VPCP, Biểu 06: results of handling
// dossiers at the deciding agency), their definitions, Vietnamese headings and derived rates.
// Pure: shared by the server, the exports, the command line and the web app's dashboards.

/**
 * The counts of one report row, columns (3) to (13) in the form's order, then the extras.
 * Every count is over dossiers at their resolving unit; days are local dates of that unit
 * (Asia/Ho_Chi_Minh) and the period is [from, to], both days included.
 */
export interface ReportCounts {
  /** (3) received, total = (4) + (5) + (6). */
  receivedTotal: number;
  /** (4) received in the period online (channel 'online'; the day the clock started). */
  receivedOnline: number;
  /** (5) received in the period at the counter or by post. */
  receivedDirect: number;
  /** (6) carried over: received before the period and still open at its start. */
  carriedOver: number;
  /** (7) resolved in the period (finished_at in the period) = (8) + (9) + (10). */
  resolvedTotal: number;
  /** (8) finished before the due day. */
  resolvedEarly: number;
  /** (9) finished on the due day. */
  resolvedOnTime: number;
  /** (10) finished after the due day (or forced late by a second supplement request). */
  resolvedLate: number;
  /** (11) pending at the end: open at the end of the last day = (12) + (13). */
  pendingTotal: number;
  /** (12) pending, due on or after the last day of the period (or paused for a supplement in time). */
  pendingWithinDeadline: number;
  /** (13) pending, due before the last day of the period. */
  pendingOverdue: number;
  /** Refused at reception in the period (status refused): never received, never in (3). */
  refused: number;
  /** Received dossiers withdrawn or stopped in the period; (3) = (7) + (11) + this. */
  withdrawn: number;
}

/** A report row as the API answers it: the counts, then the rates (fractions 0–1, null when 0/0). */
export interface ReportRow extends ReportCounts {
  key: string;
  id: number | null;
  name: string;
  /** (4) / ((4) + (5)): online share of the dossiers received in the period. */
  onlineRate: number | null;
  /** ((8) + (9)) / (7). */
  onTimeRate: number | null;
  /** Mean calendar days from reception to finish over (7). */
  averageProcessingDays: number | null;
  /** Decision 766/QĐ-TTg: 1 − (10) / (7) − dissatisfied ratings in the period / (7), within 0–1. */
  satisfactionRate: number | null;
}

/** The sums the counters hold beside the columns, for the extras and the indicators. */
export interface ReportExtras {
  processingMinutes: number;
  receivedDigitised: number;
  delivered: number;
  deliveredElectronic: number;
  rated: number;
  ratedDissatisfied: number;
}

export type ReportTally = ReportCounts & ReportExtras;

export const countKeys = [
  'receivedTotal',
  'receivedOnline',
  'receivedDirect',
  'carriedOver',
  'resolvedTotal',
  'resolvedEarly',
  'resolvedOnTime',
  'resolvedLate',
  'pendingTotal',
  'pendingWithinDeadline',
  'pendingOverdue',
  'refused',
  'withdrawn',
] as const satisfies readonly (keyof ReportCounts)[];

const extraKeys = [
  'processingMinutes',
  'receivedDigitised',
  'delivered',
  'deliveredElectronic',
  'rated',
  'ratedDissatisfied',
] as const satisfies readonly (keyof ReportExtras)[];

export const rateKeys = ['onlineRate', 'onTimeRate', 'averageProcessingDays', 'satisfactionRate'] as const;

/** The form's column number of each count, null for the extras beside the form. */
export const columnNumber = {
  receivedTotal: 3,
  receivedOnline: 4,
  receivedDirect: 5,
  carriedOver: 6,
  resolvedTotal: 7,
  resolvedEarly: 8,
  resolvedOnTime: 9,
  resolvedLate: 10,
  pendingTotal: 11,
  pendingWithinDeadline: 12,
  pendingOverdue: 13,
  refused: null,
  withdrawn: null,
} as const satisfies Record<keyof ReportCounts, number | null>;

/** The counts that are the form's own columns (3)–(13), in its order. */
export const formCountKeys = countKeys.filter((k) => columnNumber[k] !== null);

/** Headings: the form's Vietnamese wording, a short one for the terminal, and English. */
export const columnHeading = {
  receivedTotal: { vi: 'Tổng số', short: 'Tổng', en: 'Received, total' },
  receivedOnline: { vi: 'Trực tuyến', short: 'T.tuyến', en: 'Online, in the period' },
  receivedDirect: {
    vi: 'Trực tiếp, dịch vụ bưu chính',
    short: 'T.tiếp',
    en: 'Counter and post, in the period',
  },
  carriedOver: { vi: 'Từ kỳ trước', short: 'Kỳ trước', en: 'Carried over' },
  resolvedTotal: { vi: 'Tổng số', short: 'Đã GQ', en: 'Resolved, total' },
  resolvedEarly: { vi: 'Trước hạn', short: 'Tr.hạn', en: 'Early' },
  resolvedOnTime: { vi: 'Đúng hạn', short: 'Đ.hạn', en: 'On time' },
  resolvedLate: { vi: 'Quá hạn', short: 'Q.hạn', en: 'Late' },
  pendingTotal: { vi: 'Tổng số', short: 'Đang GQ', en: 'Pending, total' },
  pendingWithinDeadline: { vi: 'Trong hạn', short: 'Trg.hạn', en: 'Within deadline' },
  pendingOverdue: { vi: 'Quá hạn', short: 'Q.hạn', en: 'Overdue' },
  refused: { vi: 'Từ chối tiếp nhận', short: 'T.chối', en: 'Refused at reception' },
  withdrawn: { vi: 'Rút, dừng giải quyết', short: 'Rút', en: 'Withdrawn or stopped' },
} as const satisfies Record<keyof ReportCounts, { vi: string; short: string; en: string }>;

export const rateHeading = {
  onlineRate: { vi: 'Tỷ lệ tiếp nhận trực tuyến', short: '%T.tuyến', en: 'Online rate' },
  onTimeRate: { vi: 'Tỷ lệ giải quyết đúng hạn', short: '%Đ.hạn', en: 'On-time rate' },
  averageProcessingDays: {
    vi: 'Thời gian giải quyết trung bình (ngày)',
    short: 'TB ngày',
    en: 'Average days',
  },
  satisfactionRate: { vi: 'Mức độ hài lòng', short: '%H.lòng', en: 'Satisfaction' },
} as const satisfies Record<(typeof rateKeys)[number], { vi: string; short: string; en: string }>;

/** The groups of the form's header, each spanning its columns. */
export const columnGroups = [
  {
    vi: 'Số hồ sơ nhận giải quyết',
    keys: ['receivedTotal', 'receivedOnline', 'receivedDirect', 'carriedOver'],
  },
  {
    vi: 'Số hồ sơ đã giải quyết',
    keys: ['resolvedTotal', 'resolvedEarly', 'resolvedOnTime', 'resolvedLate'],
  },
  { vi: 'Số hồ sơ đang giải quyết', keys: ['pendingTotal', 'pendingWithinDeadline', 'pendingOverdue'] },
] as const satisfies readonly { vi: string; keys: readonly (keyof ReportCounts)[] }[];

export function emptyTally(): ReportTally {
  const t = {} as Record<string, number>;
  for (const k of [...countKeys, ...extraKeys]) t[k] = 0;
  return t as unknown as ReportTally;
}

/**
 * The tally of a group from the raw sums of its counters: the flows of the period, the open
 * balance at its start and end, the overdue balance at its end. Fills the totals, (12) and (3).
 */
export function tallyFrom(raw: {
  receivedOnline: number;
  receivedDirect: number;
  openAtStart: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  openAtEnd: number;
  overdueAtEnd: number;
  refused: number;
  withdrawn: number;
  processingMinutes: number;
  receivedDigitised: number;
  delivered: number;
  deliveredElectronic: number;
  rated: number;
  ratedDissatisfied: number;
}): ReportTally {
  return {
    receivedTotal: raw.receivedOnline + raw.receivedDirect + raw.openAtStart,
    receivedOnline: raw.receivedOnline,
    receivedDirect: raw.receivedDirect,
    carriedOver: raw.openAtStart,
    resolvedTotal: raw.resolvedEarly + raw.resolvedOnTime + raw.resolvedLate,
    resolvedEarly: raw.resolvedEarly,
    resolvedOnTime: raw.resolvedOnTime,
    resolvedLate: raw.resolvedLate,
    pendingTotal: raw.openAtEnd,
    pendingWithinDeadline: raw.openAtEnd - raw.overdueAtEnd,
    pendingOverdue: raw.overdueAtEnd,
    refused: raw.refused,
    withdrawn: raw.withdrawn,
    processingMinutes: raw.processingMinutes,
    receivedDigitised: raw.receivedDigitised,
    delivered: raw.delivered,
    deliveredElectronic: raw.deliveredElectronic,
    rated: raw.rated,
    ratedDissatisfied: raw.ratedDissatisfied,
  };
}

export function addTally(into: ReportTally, more: ReportTally): ReportTally {
  const a = into as unknown as Record<string, number>;
  const b = more as unknown as Record<string, number>;
  for (const k of [...countKeys, ...extraKeys]) a[k] = (a[k] ?? 0) + (b[k] ?? 0);
  return into;
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/** The API row of a tally: counts, then the rates. */
export function presentRow(
  group: { key: string; id: number | null; name: string },
  t: ReportTally,
): ReportRow {
  const resolved = t.resolvedTotal;
  const satisfaction = ratio(resolved - t.resolvedLate - t.ratedDissatisfied, resolved);
  const counts = Object.fromEntries(countKeys.map((k) => [k, t[k]])) as unknown as ReportCounts;
  return {
    key: group.key,
    id: group.id,
    name: group.name,
    ...counts,
    onlineRate: ratio(t.receivedOnline, t.receivedOnline + t.receivedDirect),
    onTimeRate: ratio(t.resolvedEarly + t.resolvedOnTime, resolved),
    averageProcessingDays:
      resolved === 0 ? null : Math.round((t.processingMinutes / resolved / 1440) * 100) / 100,
    satisfactionRate: satisfaction === null ? null : Math.min(1, Math.max(0, satisfaction)),
  };
}

/** A one-line label of a column, e.g. '(4) Số hồ sơ nhận giải quyết – trong kỳ: trực tuyến'. */
export function columnLabel(key: keyof ReportCounts): string {
  const n = columnNumber[key];
  const group = columnGroups.find((g) => (g.keys as readonly string[]).includes(key));
  const inPeriod = key === 'receivedOnline' || key === 'receivedDirect' ? 'trong kỳ: ' : '';
  const heading = columnHeading[key].vi;
  const text = group ? `${group.vi} – ${inPeriod}${heading.toLowerCase()}` : heading;
  return n === null ? text : `(${n}) ${text}`;
}
