// The requests behind the access matrix's rows: for each, a valid request on a resource of the row's
// unit, so that the status shows the policy and nothing else (CSRF tokens sent, bodies valid, the
// dossier in a status that allows the action). Mutating rows take a fresh resource per success.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Db } from '../../src/server/db/database.ts';
import { createSession } from '../../src/server/features/auth/session-repository.ts';
import { buildApplicant, counterBody } from '../support/factories.ts';
import { multipart, PNG, uploadFile } from '../support/uploads.ts';
import type { RequestName } from './access-matrix.ts';

export type Headers = Record<string, string>;
export const PASSWORD = 'motcua-demo-2026';

export interface Procedure {
  id: number;
  documents: { id: number; required: boolean }[];
}

/** A unit whose resources a row asks for, with one of each kind of resource. */
export interface SubjectFixture {
  unitId: number;
  procedure: Procedure;
  /** the unit's own reception officer, who receives the dossiers the rows act on */
  reception: Headers;
  dossier: { id: number; code: string; version: number; lookupKey: string };
  fileId: string;
  /** a specialist of the unit, for the account rows */
  target: { id: number; username: string };
  /** the applicant's address on the dossier's email, and that email */
  email: string;
  mailId: number;
  /** a dossier of the unit with a citizen's rating */
  ratedCode: string;
}

export interface Fixtures {
  app: FastifyInstance;
  db: Db;
  provinceUnitId: number;
  provinceAdmin: Headers;
  /** a procedure the commune offers online in full */
  online: Procedure & { unitId: number };
  today: string;
  userIds: Map<string, number>;
  commune: SubjectFixture;
  district: SubjectFixture;
}

export interface Cell {
  fx: Fixtures;
  s: SubjectFixture;
  /** the caller's username, null for no session */
  caller: string | null;
  /** the caller's session cookie and CSRF token */
  headers: Headers;
  /** a resource for this row, made once and made again after a request that succeeded */
  fresh<T>(name: string, make: () => Promise<T>): Promise<T>;
}

export interface RequestSpec {
  build(c: Cell): InjectOptions | Promise<InjectOptions>;
  /** Lists: whether a 200 holds the unit's record (200) or leaves it out (∅). */
  found?(res: LightMyRequestResponse, c: Cell): boolean;
}

async function ok(res: LightMyRequestResponse, status: number, what: string) {
  if (res.statusCode !== status) throw new Error(`${what}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A dossier received at the unit's counter, with a scanned file on its first document. */
export async function receive(
  app: FastifyInstance,
  s: Pick<SubjectFixture, 'unitId' | 'procedure' | 'reception'>,
  email?: string,
) {
  const body = counterBody(s.procedure, {
    unitId: s.unitId,
    ...(email ? { applicant: buildApplicant({ email }) } : {}),
  }) as { documents: { componentId: number; fileId?: string }[] };
  const fileId = await uploadFile(app);
  const [first] = body.documents;
  if (first) first.fileId = fileId;
  const res = await app.inject({
    method: 'POST',
    url: '/api/counter/dossiers',
    headers: s.reception,
    payload: body,
  });
  const d = (await ok(res, 201, 'counter reception')) as {
    code: string;
    version: number;
    lookupKey: string;
    dueAt: string;
  };
  return { ...d, fileId };
}

export async function act(
  app: FastifyInstance,
  headers: Headers,
  code: string,
  action: string,
  body: object,
) {
  const res = await app.inject({
    method: 'POST',
    url: `/api/dossiers/${code}/actions/${action}`,
    headers,
    payload: body,
  });
  return (await ok(res, 200, action)) as { code: string; version: number };
}

async function submitOnline(fx: Fixtures) {
  const documents = [];
  for (const d of fx.online.documents.filter((x) => x.required))
    documents.push({ componentId: d.id, fileId: await uploadFile(fx.app) });
  return {
    procedureId: fx.online.id,
    unitId: fx.online.unitId,
    applicant: buildApplicant({ name: 'Trần Văn Bình' }),
    documents,
  };
}

const get = (url: string) => (c: Cell) => ({ method: 'GET' as const, url, headers: c.headers });
const unitQuery = (c: Cell) => `unitId=${c.s.unitId}&from=${c.fx.today}&to=${c.fx.today}`;
const items = (res: LightMyRequestResponse) => (res.json() as { items: Record<string, unknown>[] }).items;

/** A received dossier of the row's unit, and the action with its body. */
const action =
  (name: string, body: (d: { version: number; dueAt: string }) => object) =>
  async (c: Cell): Promise<InjectOptions> => {
    const d = await c.fresh('dossier', () => receive(c.fx.app, c.s));
    return {
      method: 'POST',
      url: `/api/dossiers/${d.code}/actions/${name}`,
      headers: c.headers,
      payload: body(d),
    };
  };

export const requests: Record<RequestName, RequestSpec> = {
  metrics: { build: get('/metrics') },
  health: { build: get('/api/health') },
  ready: { build: get('/api/ready') },
  openapi: { build: get('/api/openapi.json') },
  docs: { build: get('/api/docs') },
  'docs.slash': { build: get('/api/docs/') },
  'docs.index': { build: get('/api/docs/static/index.html') },
  'docs.initializer': { build: get('/api/docs/static/swagger-initializer.js') },
  'docs.asset': { build: get('/api/docs/static/swagger-ui.css') },
  'docs.json': { build: get('/api/docs/json') },
  'docs.yaml': { build: get('/api/docs/yaml') },

  units: { build: get('/api/units') },
  'unit-levels': { build: get('/api/unit-levels') },
  fields: { build: get('/api/fields') },
  procedures: { build: get('/api/procedures?q=khai%20sinh') },
  procedure: { build: (c) => get(`/api/procedures/${c.s.procedure.id}`)(c) },
  due: { build: (c) => get(`/api/calendar/due?unitId=${c.s.unitId}&workingDays=5`)(c) },
  holidays: { build: get('/api/holidays?year=2026') },
  'public-stats': { build: (c) => get(`/api/public/stats?from=${c.fx.today}&to=${c.fx.today}`)(c) },

  upload: {
    build: (c) => {
      const m = multipart('scan.png', PNG);
      return {
        method: 'POST',
        url: '/api/files',
        headers: { ...c.headers, ...m.headers },
        payload: m.payload,
      };
    },
  },
  submit: {
    build: async (c) => ({
      method: 'POST',
      url: '/api/dossiers',
      headers: c.headers,
      payload: await submitOnline(c.fx),
    }),
  },
  lookup: { build: (c) => get(`/api/lookup/${c.s.dossier.code}?key=${c.s.dossier.lookupKey}`)(c) },
  'lookup.wrong-key': { build: (c) => get(`/api/lookup/${c.s.dossier.code}?key=AAAAAAAAAAAAAAAA`)(c) },
  supplement: {
    build: async (c) => {
      const d = await c.fresh('awaiting supplement', async () => {
        const received = await receive(c.fx.app, c.s);
        await act(c.fx.app, c.s.reception, received.code, 'request-supplement', {
          version: received.version,
          items: ['Tờ khai có chữ ký'],
          reason: 'Tờ khai chưa ký',
        });
        return { ...received, fileId: await uploadFile(c.fx.app) };
      });
      const componentId = c.s.procedure.documents[0]?.id ?? 0;
      return {
        method: 'POST',
        url: `/api/lookup/${d.code}/supplement?key=${d.lookupKey}`,
        headers: c.headers,
        payload: { documents: [{ componentId, fileId: d.fileId }] },
      };
    },
  },
  rating: {
    build: async (c) => {
      const d = await c.fresh('finished', async () => {
        const received = await receive(c.fx.app, c.s);
        await act(c.fx.app, c.s.reception, received.code, 'finish', { version: received.version });
        return received;
      });
      return {
        method: 'POST',
        url: `/api/lookup/${d.code}/rating?key=${d.lookupKey}`,
        headers: c.headers,
        payload: { score: 'satisfied' },
      };
    },
  },

  login: {
    build: (c) => ({
      method: 'POST',
      url: '/api/auth/login',
      headers: c.headers,
      payload: { username: 'chuyenvien.tnmt.tanson', password: PASSWORD },
    }),
  },
  logout: {
    // A session of its own: signing out ends the caller's shared one otherwise.
    build: async (c) => {
      const userId = c.caller === null ? undefined : c.fx.userIds.get(c.caller);
      if (userId === undefined) return { method: 'POST', url: '/api/auth/logout' };
      const { token, csrfToken } = await createSession(c.fx.db, userId);
      return {
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie: `motcua_session=${token}`, 'x-csrf-token': csrfToken },
      };
    },
  },
  me: { build: get('/api/auth/me') },
  csrf: { build: get('/api/auth/csrf') },

  counter: {
    build: (c) => ({
      method: 'POST',
      url: '/api/counter/dossiers',
      headers: c.headers,
      payload: counterBody(c.s.procedure, { unitId: c.s.unitId }),
    }),
  },
  list: {
    build: (c) => get(`/api/dossiers?q=${c.s.dossier.code}`)(c),
    found: (res, c) => items(res).some((d) => d.code === c.s.dossier.code),
  },
  read: { build: (c) => get(`/api/dossiers/${c.s.dossier.code}`)(c) },
  form: { build: (c) => get(`/api/dossiers/${c.s.dossier.code}/forms/receipt.pdf`)(c) },
  file: { build: (c) => get(`/api/files/${c.s.fileId}`)(c) },

  'action.accept': {
    build: async (c) => {
      const d = await c.fresh('submitted', async () => {
        const res = await c.fx.app.inject({
          method: 'POST',
          url: '/api/dossiers',
          payload: await submitOnline(c.fx),
        });
        return (await ok(res, 201, 'online submission')) as { code: string };
      });
      return {
        method: 'POST',
        url: `/api/dossiers/${d.code}/actions/accept`,
        headers: c.headers,
        payload: { version: 1 },
      };
    },
  },
  'action.forward': { build: action('forward', (d) => ({ version: d.version })) },
  'action.assign': {
    build: action('assign', (d) => ({ version: d.version, department: 'Tư pháp - Hộ tịch' })),
  },
  'action.request-supplement': {
    build: action('request-supplement', (d) => ({
      version: d.version,
      items: ['Tờ khai có chữ ký'],
      reason: 'Tờ khai chưa ký',
    })),
  },
  'action.apologize': {
    build: action('apologize', (d) => ({
      version: d.version,
      reason: 'Cần xác minh thêm',
      newDueAt: new Date(Date.parse(d.dueAt) + 7 * 86_400_000).toISOString(),
    })),
  },
  'action.reject': {
    build: action('reject', (d) => ({ version: d.version, reasons: ['Không đủ điều kiện'] })),
  },
  'action.withdraw': { build: action('withdraw', (d) => ({ version: d.version, reason: 'Công dân rút' })) },
  'action.accept-received': {
    build: (c) => ({
      method: 'POST',
      url: `/api/dossiers/${c.s.dossier.code}/actions/accept`,
      headers: c.headers,
      payload: { version: c.s.dossier.version },
    }),
  },

  'tracking-book': { build: (c) => get(`/api/tracking-book.pdf?${unitQuery(c)}`)(c) },
  'stats.report': { build: (c) => get(`/api/stats/report?${unitQuery(c)}`)(c) },
  'stats.csv': { build: (c) => get(`/api/stats/report.csv?${unitQuery(c)}`)(c) },
  'stats.xlsx': { build: (c) => get(`/api/stats/report.xlsx?${unitQuery(c)}`)(c) },
  'stats.pdf': { build: (c) => get(`/api/stats/report.pdf?${unitQuery(c)}`)(c) },
  'stats.indicators': { build: (c) => get(`/api/stats/indicators?${unitQuery(c)}`)(c) },

  ratings: {
    build: (c) => get(`/api/ratings?unitId=${c.s.unitId}`)(c),
    found: (res, c) => items(res).some((r) => r.code === c.s.ratedCode),
  },

  staff: {
    build: (c) => get(`/api/staff?unitId=${c.s.unitId}`)(c),
    found: (res, c) => items(res).some((u) => u.id === c.s.target.id),
  },
  users: {
    build: (c) => get(`/api/users?unitId=${c.s.unitId}&pageSize=200`)(c),
    found: (res, c) => items(res).some((u) => u.id === c.s.target.id),
  },
  'user.create': {
    build: (c) => ({
      method: 'POST',
      url: '/api/users',
      headers: c.headers,
      payload: {
        username: `matrix.new.${Math.random().toString(36).slice(2, 10)}`,
        fullName: 'Người dùng thử',
        password: PASSWORD,
        role: 'specialist',
        unitId: c.s.unitId,
      },
    }),
  },
  'user.create-province-admin': {
    build: (c) => ({
      method: 'POST',
      url: '/api/users',
      headers: c.headers,
      payload: {
        username: `matrix.pa.${Math.random().toString(36).slice(2, 10)}`,
        fullName: 'Quản trị tỉnh thử',
        password: PASSWORD,
        role: 'province-admin',
        unitId: c.fx.provinceUnitId,
      },
    }),
  },
  'user.update': {
    build: (c) => ({
      method: 'PATCH',
      url: `/api/users/${c.s.target.id}`,
      headers: c.headers,
      payload: { fullName: 'Chuyên viên thử ma trận' },
    }),
  },

  mailbox: {
    build: get('/api/mailbox?pageSize=200'),
    found: (res, c) => items(res).some((m) => m.to === c.s.email),
  },
  'dev-mailbox': { build: get('/dev/mailbox'), found: (res, c) => res.body.includes(c.s.email) },
  'dev-mailbox.message': { build: (c) => get(`/dev/mailbox?id=${c.s.mailId}`)(c) },

  'holiday.put': {
    build: (c) => ({
      method: 'PUT',
      url: '/api/holidays/2099-12-30',
      headers: c.headers,
      payload: { kind: 'holiday', name: 'Ngày nghỉ thử' },
    }),
  },
  'holiday.delete': {
    build: async (c) => {
      await c.fresh('day off', async () => {
        const res = await c.fx.app.inject({
          method: 'PUT',
          url: '/api/holidays/2099-12-31',
          headers: c.fx.provinceAdmin,
          payload: { kind: 'holiday', name: 'Ngày nghỉ thử' },
        });
        return ok(res, 200, 'set a day off');
      });
      return { method: 'DELETE', url: '/api/holidays/2099-12-31', headers: c.headers };
    },
  },
};
