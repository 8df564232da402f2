import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterBody, findDemoProcedure } from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';
import { extractText, hasPoppler, pageCount, warnNoPoppler } from '../forms/pdf-inspect.ts';

let t: TestApp;
let reception: Record<string, string>;
let leader: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  reception = await signIn(t.app, 'tiepnhan.thachkiet');
  leader = await signIn(t.app, 'lanhdao.thachkiet');
});
afterAll(() => t.close());

async function receive() {
  const procedure = await findDemoProcedure(t.database.db, { level: 'commune' });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/counter/dossiers',
    headers: reception,
    payload: counterBody(procedure),
  });
  return res.json() as { code: string; version: number; lookupKey: string; procedureName: string };
}
const pdf = (code: string, form: string, headers = reception) =>
  t.app.inject({ url: `/api/dossiers/${code}/forms/${form}.pdf`, headers: { cookie: headers.cookie ?? '' } });
const act = (code: string, action: string, version: number, body: object, headers = reception) =>
  t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${code}/actions/${action}`,
    headers,
    payload: { version, ...body },
  });

describe('official slips as PDF', () => {
  it('prints the receipt with the code, the applicant and the lookup key, in Vietnamese', async () => {
    const d = await receive();
    const res = await pdf(d.code, 'receipt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const bytes = res.rawPayload;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pageCount(bytes)).toBe(1);
    if (!hasPoppler) return warnNoPoppler();
    const text = extractText(bytes);
    expect(text).toContain('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ');
    expect(text).toContain(d.code);
    expect(text).toContain('Nguyễn Thị Hương');
    expect(text).toContain(d.lookupKey);
    expect(text).toContain(d.procedureName);
  });

  it('prints supplement request, apology, stop notice and control sheet from the history', async () => {
    const d = await receive();
    let v = (
      await act(d.code, 'request-supplement', d.version, {
        items: ['Bản sao sổ hộ khẩu'],
        reason: 'Thiếu giấy tờ',
      })
    ).json();
    const supplement = await pdf(d.code, 'supplement-request');
    expect(supplement.statusCode).toBe(200);
    v = (await act(d.code, 'receive-supplement', v.version, {})).json();
    const later = new Date(new Date(v.appointmentAt).getTime() + 7 * 86_400_000).toISOString();
    v = (
      await act(d.code, 'apologize', v.version, { reason: 'Cần xác minh', newDueAt: later }, leader)
    ).json();
    expect((await pdf(d.code, 'apology')).statusCode).toBe(200);
    v = (await act(d.code, 'withdraw', v.version, { reason: 'Công dân xin rút' })).json();
    expect(v.status).toBe('withdrawn');
    expect((await pdf(d.code, 'stop-notice')).statusCode).toBe(200);
    const sheet = await pdf(d.code, 'control-sheet');
    expect(sheet.statusCode).toBe(200);
    if (!hasPoppler) return warnNoPoppler();
    expect(extractText(supplement.rawPayload)).toContain('Bản sao sổ hộ khẩu');
    const sheetText = extractText(sheet.rawPayload);
    expect(sheetText).toContain('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ');
    expect(sheetText).toContain('Yêu cầu bổ sung hồ sơ');
  });

  it('answers 404 for a slip the history does not have, another unit’s dossier, or an unknown form', async () => {
    const d = await receive();
    expect((await pdf(d.code, 'refusal')).statusCode).toBe(404);
    expect((await pdf(d.code, 'apology')).statusCode).toBe(404);
    expect((await pdf(d.code, 'receipt', await signIn(t.app, 'tiepnhan.kimthuong'))).statusCode).toBe(404);
    expect((await pdf(d.code, 'love-letter')).statusCode).toBe(400);
    expect((await t.app.inject({ url: `/api/dossiers/${d.code}/forms/receipt.pdf` })).statusCode).toBe(401);
  });
});

describe('the tracking book', () => {
  it('lists the dossiers a unit received in a period, as PDF', async () => {
    const d = await receive();
    const unit = await t.database.db
      .selectFrom('dossiers')
      .select('receiving_unit_id')
      .where('code', '=', d.code)
      .executeTakeFirstOrThrow();
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const res = await t.app.inject({
      url: `/api/tracking-book.pdf?unitId=${unit.receiving_unit_id}&from=${today}&to=${today}`,
      headers: { cookie: reception.cookie ?? '' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    if (hasPoppler) expect(extractText(res.rawPayload)).toContain(d.code);
    const other = await signIn(t.app, 'tiepnhan.kimthuong');
    const hidden = await t.app.inject({
      url: `/api/tracking-book.pdf?unitId=${unit.receiving_unit_id}&from=${today}&to=${today}`,
      headers: { cookie: other.cookie ?? '' },
    });
    expect(hidden.statusCode).toBe(404);
    const reversed = await t.app.inject({
      url: `/api/tracking-book.pdf?unitId=${unit.receiving_unit_id}&from=2026-12-31&to=2026-01-01`,
      headers: { cookie: reception.cookie ?? '' },
    });
    expect(reversed.statusCode).toBe(400);
    const century = await t.app.inject({
      url: `/api/tracking-book.pdf?unitId=${unit.receiving_unit_id}&from=1990-01-01&to=2089-12-31`,
      headers: { cookie: reception.cookie ?? '' },
    });
    expect(century.statusCode).toBe(400);
  });
});
