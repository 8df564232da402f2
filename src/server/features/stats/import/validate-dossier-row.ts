// One row of a historical dossier import (`motcua import dossiers FILE`): checked field by field,
// then turned into the staging row that the set-based SQL loads. Kept free of zod for speed: a
// province brings millions of rows.
import { wallToInstant } from '../../../../domain/calendar/time-zone.ts';
import { parseDossierCode } from '../../../../domain/dossier/dossier-code.ts';
import { isoOf, localDay } from '../../../../domain/stats/buckets.ts';
import { foldVietnamese } from '../../../../domain/text/fold.ts';

export const importColumns = [
  'code',
  'procedureCode',
  'receivingUnitCode',
  'resolvingUnitCode',
  'channel',
  'applicantName',
  'idNumber',
  'phone',
  'submittedAt',
  'receivedAt',
  'dueAt',
  'finishedAt',
  'finishClass',
  'status',
  'deliveredAt',
  'deliveryMethod',
  'closedAt',
] as const;
export type ImportColumn = (typeof importColumns)[number];

export const importStatuses = [
  'received',
  'in_progress',
  'result_ready',
  'delivered',
  'refused',
  'rejected',
  'withdrawn',
] as const;
type ImportStatus = (typeof importStatuses)[number];

export interface RowError {
  line: number;
  column: string;
  message: string;
}

export interface ImportContext {
  units: Map<string, { id: number; timeZone: string }>;
  procedures: Map<string, number>;
}

/** The staging row, in the column order of the COPY (see import-dossiers.ts). */
export type StagingRow = (string | number | boolean | null)[];

// The same rules as domain/dossier/applicant.ts (IdNumber, Phone), without zod.
const ID_NUMBER = /^(\d{9}|\d{12}|\d{10}|\d{13}|[A-Z]\d{7,8})$/;
const PHONE = /^(0|\+84)\d{9}$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const OPEN: readonly string[] = ['received', 'in_progress'];
const FINISHED: readonly string[] = ['result_ready', 'delivered', 'rejected'];

/**
 * Reads an instant: ISO 8601 with an offset ('2025-03-04T09:15:00+07:00', '…Z'), or a local wall time
 * without one ('2025-03-04 09:15'), read in the resolving unit's time zone.
 */
function parseInstant(text: string, timeZone: string): Date | null {
  if (WITH_OFFSET.test(text)) {
    const d = new Date(text);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  const m = LOCAL.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] ? Number(m[6]) : 0;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(Number(m[1]), month - 1, day, hour, minute, second);
  if (new Date(wall).getUTCDate() !== day) return null;
  return new Date(wallToInstant(timeZone, wall));
}

/**
 * Instants read before, per time zone, with their ISO text and local day: a file's times repeat
 * (a few hundred thousand distinct minutes over years), and reading each once spares a regular
 * expression, a time-zone lookup and several short-lived strings per time per row. The Dates are
 * shared between rows and never changed.
 */
const instants = new Map<string, Map<string, Date | null>>();
const instantIso = new WeakMap<Date, string>();
const instantDay = new WeakMap<Date, number>();
function readInstant(text: string, timeZone: string): Date | null {
  let byText = instants.get(timeZone);
  if (byText === undefined) {
    byText = new Map();
    instants.set(timeZone, byText);
  }
  let found = byText.get(text);
  if (found === undefined) {
    if (byText.size > 1_000_000) byText.clear();
    found = parseInstant(text, timeZone);
    if (found !== null) {
      instantIso.set(found, found.toISOString());
      instantDay.set(found, localDay(timeZone, found));
    }
    byText.set(text, found);
  }
  return found;
}

/** 'YYMMDD' of a dossier code as 'YYYY-MM-DD' (20YY), or null when it is no real date. */
const codeDates = new Map<string, string | null>();
function codeDate(yymmdd: string): string | null {
  let found = codeDates.get(yymmdd);
  if (found === undefined) {
    const iso = `20${yymmdd.slice(0, 2)}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
    const d = new Date(`${iso}T00:00:00Z`);
    found = !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
    codeDates.set(yymmdd, found);
  }
  return found;
}

/** 'YYYY-MM-DD' of day numbers, remembered (a file spans a few thousand days). */
const dayTexts = new Map<number, string>();
function dayText(day: number): string {
  let text = dayTexts.get(day);
  if (text === undefined) {
    text = isoOf(day);
    dayTexts.set(day, text);
  }
  return text;
}

const names = new Map<string, { name: string; folded: string }>();
/** The applicant's name in NFC with single spaces, and folded for search; remembered (names repeat). */
function cleanName(raw: string): { name: string; folded: string } {
  let found = names.get(raw);
  if (found === undefined) {
    if (names.size > 50_000) names.clear();
    const name = raw.normalize('NFC').replace(/\s+/g, ' ');
    found = { name, folded: foldVietnamese(name) };
    names.set(raw, found);
  }
  return found;
}

const isoOrNull = (d: Date | null) => (d === null ? null : (instantIso.get(d) ?? d.toISOString()));

/** The checks of one row, collecting its errors (a class, not closures: millions of rows). */
class RowCheck {
  readonly errors: RowError[] = [];
  timeZone = 'Asia/Ho_Chi_Minh';

  constructor(
    readonly line: number,
    readonly raw: Record<string, unknown>,
  ) {}

  fail(column: ImportColumn, message: string): null {
    this.errors.push({ line: this.line, column, message });
    return null;
  }

  text(c: ImportColumn): string {
    const v = this.raw[c];
    return v === undefined || v === null ? '' : String(v).trim();
  }

  required(c: ImportColumn): string {
    const v = this.text(c);
    if (v === '') this.fail(c, 'is required');
    return v;
  }

  instant(c: ImportColumn): Date | null {
    const v = this.text(c);
    if (v === '') return null;
    return (
      readInstant(v, this.timeZone) ??
      this.fail(c, 'must be a time like 2025-03-04T09:15:00+07:00 or 2025-03-04 09:15')
    );
  }

  need(c: ImportColumn, v: Date | null, why: string): void {
    if (v === null && this.text(c) === '') this.fail(c, `is required ${why}`);
  }

  none(c: ImportColumn, why: string): void {
    if (this.text(c) !== '') this.fail(c, `must be empty ${why}`);
  }

  notBefore(a: Date | null, b: Date | null, column: ImportColumn, what: string): void {
    if (a && b && b < a) this.fail(column, `is before ${what}`);
  }

  /** The local day of an instant read by instant() (in this row's time zone). */
  day(d: Date | null): number | null {
    return d === null ? null : (instantDay.get(d) ?? localDay(this.timeZone, d));
  }

  isoDay(d: Date | null): string | null {
    const day = this.day(d);
    return day === null ? null : dayText(day);
  }
}

/** Validates one row; answers the staging row, or the row's errors (each with line and column). */
export function validateDossierRow(
  line: number,
  raw: Record<string, unknown>,
  ctx: ImportContext,
  lookupKey: string,
): { row: StagingRow } | { errors: RowError[] } {
  const r = new RowCheck(line, raw);
  const code = r.required('code');
  const parsedCode = code ? parseDossierCode(code) : undefined;
  if (code && !parsedCode) r.fail('code', 'must be a dossier code like 000.00.24.H45-250304-0001');
  const procedureId = ctx.procedures.get(r.required('procedureCode'));
  if (r.text('procedureCode') && procedureId === undefined) {
    r.fail('procedureCode', 'no such procedure in the catalog');
  }
  const receivingCode = r.required('receivingUnitCode');
  const receiving = ctx.units.get(receivingCode);
  if (receivingCode && !receiving) r.fail('receivingUnitCode', 'no such unit');
  const resolvingCode = r.text('resolvingUnitCode') || receivingCode;
  const resolving = ctx.units.get(resolvingCode);
  if (r.text('resolvingUnitCode') && !resolving) r.fail('resolvingUnitCode', 'no such unit');
  const channel = r.required('channel');
  if (channel && channel !== 'online' && channel !== 'counter' && channel !== 'post') {
    r.fail('channel', 'must be online, counter or post');
  }
  const status = r.required('status') as ImportStatus;
  if (status && !(importStatuses as readonly string[]).includes(status)) {
    r.fail('status', `must be one of ${importStatuses.join(', ')}`);
  }
  const { name, folded } = cleanName(r.required('applicantName'));
  if (name.length > 200) r.fail('applicantName', 'is longer than 200 characters');
  const idNumber = r
    .required('idNumber')
    .replace(/[\s.-]/g, '')
    .toUpperCase();
  if (idNumber && !ID_NUMBER.test(idNumber)) {
    r.fail('idNumber', 'must be a CCCD (12 digits), CMND (9), tax code (10 or 13) or passport number');
  }
  let phone = r.required('phone').replace(/[\s.()-]/g, '');
  if (phone && !PHONE.test(phone)) r.fail('phone', 'must be a Vietnamese phone number like 0912345678');
  if (phone.startsWith('+84')) phone = `0${phone.slice(3)}`;

  if (resolving) r.timeZone = resolving.timeZone;
  const submittedAt = r.instant('submittedAt');
  const receivedAt = r.instant('receivedAt');
  const dueAt = r.instant('dueAt');
  const finishedAt = r.instant('finishedAt');
  const deliveredAt = r.instant('deliveredAt');
  const closedAt = r.instant('closedAt');
  const isOpen = OPEN.includes(status);
  const isFinished = FINISHED.includes(status);
  const isRefused = status === 'refused';
  if (!isRefused && status) {
    r.need('receivedAt', receivedAt, 'for a received dossier');
    r.need('dueAt', dueAt, 'for a received dossier');
  }
  if (isRefused) r.need('closedAt', closedAt ?? receivedAt, 'for a refused dossier (or receivedAt)');
  if (isFinished) r.need('finishedAt', finishedAt, `when the status is ${status}`);
  if (!isFinished && status) r.none('finishedAt', `when the status is ${status}`);
  if (status === 'delivered') r.need('deliveredAt', deliveredAt, 'when the status is delivered');
  if (status && status !== 'delivered') r.none('deliveredAt', `when the status is ${status}`);
  if (status === 'withdrawn') r.need('closedAt', closedAt, 'when the status is withdrawn');
  if (isOpen || isFinished) r.none('closedAt', `when the status is ${status}`);
  r.notBefore(submittedAt, receivedAt, 'receivedAt', 'submittedAt');
  r.notBefore(receivedAt, dueAt, 'dueAt', 'receivedAt');
  r.notBefore(receivedAt, finishedAt, 'finishedAt', 'receivedAt');
  r.notBefore(finishedAt, deliveredAt, 'deliveredAt', 'finishedAt');
  if (!isRefused) r.notBefore(receivedAt, closedAt, 'closedAt', 'receivedAt');

  let finishClass = r.text('finishClass') || null;
  if (
    finishClass !== null &&
    finishClass !== 'early' &&
    finishClass !== 'on_time' &&
    finishClass !== 'late'
  ) {
    r.fail('finishClass', 'must be early, on_time or late');
  }
  if (finishClass !== null && !isFinished)
    r.fail('finishClass', `must be empty when the status is ${status}`);
  if (isFinished && finishClass === null && finishedAt && dueAt) {
    // By local day against the due day (legal-reference.md, "Early / on time / late").
    const f = r.day(finishedAt) ?? 0;
    const due = r.day(dueAt) ?? 0;
    finishClass = f < due ? 'early' : f === due ? 'on_time' : 'late';
  }
  const method = r.text('deliveryMethod') || null;
  if (method !== null && method !== 'counter' && method !== 'post' && method !== 'electronic') {
    r.fail('deliveryMethod', 'must be counter, post or electronic');
  }
  if (method !== null && status !== 'delivered') r.fail('deliveryMethod', 'is only for delivered dossiers');
  if (r.errors.length > 0 || !receiving || !resolving || procedureId === undefined || !parsedCode) {
    return { errors: r.errors.length > 0 ? r.errors : [{ line, column: 'code', message: 'is invalid' }] };
  }

  const closed = isRefused ? (closedAt ?? receivedAt) : closedAt;
  const received = isRefused ? null : receivedAt;
  // The code's own day and number advance the unit's daily sequence, so new codes never collide.
  const codeDay = parsedCode.agencyCode === receivingCode ? codeDate(parsedCode.yymmdd) : null;
  return {
    row: [
      line,
      code,
      lookupKey,
      procedureId,
      receiving.id,
      resolving.id,
      isOpen ? resolving.id : receiving.id,
      channel,
      status,
      JSON.stringify({ type: 'citizen', name, idNumber, phone, language: 'vi' }),
      `${folded} ${idNumber.toLowerCase()} ${phone}`,
      isoOrNull(submittedAt ?? received ?? closed),
      isoOrNull(received),
      isoOrNull(isRefused ? null : dueAt),
      isoOrNull(finishedAt),
      finishClass,
      status === 'rejected' ? 'rejected' : isFinished ? 'approved' : null,
      isoOrNull(deliveredAt),
      isoOrNull(closed),
      method === null ? null : JSON.stringify({ method, recipientName: null }),
      r.isoDay(received),
      r.isoDay(isRefused ? null : dueAt),
      r.isoDay(finishedAt),
      r.isoDay(closed),
      r.isoDay(deliveredAt),
      finishedAt && received
        ? Math.max(0, Math.round((finishedAt.getTime() - received.getTime()) / 60_000))
        : null,
      method === 'electronic',
      codeDay,
      codeDay === null ? null : parsedCode.sequence,
    ],
  };
}
