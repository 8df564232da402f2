// The citizen's view of a dossier (API.md GET /api/lookup/{code}?key=): status in plain words,
// times, the public timeline, what is asked of the applicant. A wrong key and an unknown code get
// the same 404 after the same work, so the answer reveals nothing about which codes exist.
import { createHash, timingSafeEqual } from 'node:crypto';
import { maskName } from '../../../domain/dossier/applicant.ts';
import { portalStatusCode, statusText } from '../../../domain/dossier/lifecycle.ts';
import { formatInstant } from '../../../domain/time/format-instant.ts';
import type { Db } from '../../db/database.ts';
import { NotFoundError } from '../../http/problem.ts';
import type { DossierRow } from '../dossiers/dossier-repository.ts';
import { dossierColumns } from '../dossiers/dossier-repository.ts';
import type { LookupCache } from './lookup-cache.ts';

const DUMMY_KEY = 'XXXXXXXXXXXXXXXX';
const NOT_FOUND = 'No dossier with that code and key.';
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares digests: one length whatever characters the key holds, so it never throws, in constant time. */
export function keyMatches(expected: string, given: string): boolean {
  return timingSafeEqual(digest(expected), digest(given.toUpperCase()));
}

/** The dossier row when the key opens it; 404 otherwise. */
export async function openDossier(db: Db, code: string, key: string): Promise<DossierRow> {
  const d = await db
    .selectFrom('dossiers as d')
    .select(dossierColumns)
    .where('d.code', '=', code)
    .executeTakeFirst();
  const ok = keyMatches(d?.lookup_key ?? DUMMY_KEY, key);
  if (!d || !ok) throw new NotFoundError(NOT_FOUND);
  return d;
}

const PUBLIC_TEXT: Record<string, { vi: string; en: string }> = {
  submit: { vi: 'Nộp hồ sơ trực tuyến', en: 'Submitted online' },
  receive: { vi: 'Tiếp nhận hồ sơ', en: 'Received' },
  accept: { vi: 'Tiếp nhận hồ sơ', en: 'Received' },
  refuse: { vi: 'Không tiếp nhận hồ sơ', en: 'Not received' },
  transfer: { vi: 'Chuyển cơ quan có thẩm quyền giải quyết', en: 'Sent to the deciding agency' },
  'request-supplement': { vi: 'Yêu cầu bổ sung hồ sơ', en: 'Additional documents requested' },
  'receive-supplement': { vi: 'Đã nhận hồ sơ bổ sung', en: 'Additional documents received' },
  'supplement-submitted': { vi: 'Đã gửi hồ sơ bổ sung trực tuyến', en: 'Additional documents sent online' },
  apologize: { vi: 'Thư xin lỗi, hẹn lại ngày trả kết quả', en: 'Apology, new date' },
  finish: { vi: 'Đã có kết quả', en: 'Result ready' },
  reject: { vi: 'Từ chối giải quyết', en: 'Refused' },
  deliver: { vi: 'Đã trả kết quả', en: 'Result delivered' },
  withdraw: { vi: 'Rút hồ sơ, dừng giải quyết', en: 'Withdrawn' },
};

export async function lookupDossier(db: Db, code: string, key: string) {
  return lookupView(db, await openDossier(db, code, key));
}

/**
 * The lookup through the process's cache (see lookup-cache.ts): the answer as JSON text, or 404.
 * A cached code and an uncached one cost different time, but codes are not secret (they are
 * numbered by day); the key is, and it is compared the same way on both paths.
 */
export async function lookupDossierCached(
  db: Db,
  cache: LookupCache,
  code: string,
  key: string,
): Promise<string> {
  const hit = cache.get(code);
  if (hit) {
    if (!keyMatches(hit.lookupKey, key)) throw new NotFoundError(NOT_FOUND);
    return hit.json;
  }
  const ticket = cache.ticket(code);
  const d = await openDossier(db, code, key);
  const json = JSON.stringify(await lookupView(db, d));
  cache.keep(code, ticket, { lookupKey: d.lookup_key, json });
  return json;
}

async function lookupView(db: Db, d: DossierRow) {
  const [procedure, events, rating] = await Promise.all([
    db
      .selectFrom('procedures')
      .select(['name', 'code'])
      .where('id', '=', d.procedure_id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('dossier_events as e')
      .leftJoin('units as u', 'u.id', 'e.to_unit_id')
      .select(['e.at', 'e.action', 'e.to_status', 'e.data', 'u.name as unitName'])
      .where('e.dossier_id', '=', d.id)
      .where('e.is_public', '=', true)
      .orderBy('e.id')
      .execute(),
    findRating(db, d.id),
  ]);
  const iso = (x: Date | null) => (x ? formatInstant(x, TIME_ZONE) : null);
  const lastRequest = [...events].reverse().find((e) => e.action === 'request-supplement');
  const requestData = (lastRequest?.data ?? {}) as { items?: string[]; reason?: string };
  const finished = ['result_ready', 'delivered', 'rejected'].includes(d.status);
  // Why it was not received or was refused: the applicant's own business, and on the official slip.
  const refusal = [...events].reverse().find((e) => e.action === 'refuse' || e.action === 'reject');
  const reasons = ((refusal?.data ?? {}) as { reasons?: string[] }).reasons ?? [];
  return {
    code: d.code,
    status: d.status,
    portalStatus: portalStatusCode[d.status],
    statusText: statusText[d.status],
    procedureId: d.procedure_id,
    procedureCode: procedure.code,
    procedureName: procedure.name,
    applicantName: maskName(d.applicant.name),
    channel: d.channel,
    submittedAt: iso(d.submitted_at),
    receivedAt: iso(d.received_at),
    dueAt: iso(d.appointment_at ?? d.due_at),
    finishedAt: iso(d.finished_at),
    deliveredAt: iso(d.delivered_at),
    decision: d.decision,
    timeline: events.map((e) => ({
      at: iso(e.at),
      action: e.action,
      text: PUBLIC_TEXT[e.action] ?? { vi: e.action, en: e.action },
      unitName: e.action === 'transfer' ? e.unitName : null,
    })),
    request:
      d.status === 'awaiting_supplement'
        ? { items: requestData.items ?? [], reason: requestData.reason ?? '' }
        : null,
    reasons: ['refused', 'rejected'].includes(d.status) ? reasons : [],
    canRate: finished && !rating,
    rating: rating ? { score: rating.score } : null,
  };
}

async function findRating(db: Db, dossierId: number) {
  return db
    .selectFrom('dossier_ratings')
    .select(['score'])
    .where('dossier_id', '=', dossierId)
    .executeTakeFirst();
}

export type LookupView = Awaited<ReturnType<typeof lookupDossier>>;
export type { DossierRow };
