// Lookup keys of any characters, found by tests/api/fuzz.test.ts: a key whose UTF-8 is longer than
// its characters threw in the key comparison (a 500); now it is a wrong key like any other (404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterBody, findDemoProcedure } from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';
import { uploadFile } from '../../../../tests/support/uploads.ts';
import { keyMatches } from './lookup-dossier.ts';

let t: TestApp;
let code: string;
let lookupKey: string;
let fileId: string;
let procedureDocument: number;
beforeAll(async () => {
  t = await createTestApp();
  const reception = await signIn(t.app, 'tiepnhan.thachkiet');
  const procedure = await findDemoProcedure(t.database.db, { level: 'commune' });
  procedureDocument = procedure.documents[0]?.id ?? 1;
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/counter/dossiers',
    headers: reception,
    payload: counterBody(procedure),
  });
  ({ code, lookupKey } = res.json());
  fileId = await uploadFile(t.app);
});
afterAll(() => t.close());

describe('lookup keys', () => {
  it.each(['Nguyễn Thị Hương', 'ẠẠẠẠẠẠẠẠẠẠẠẠẠẠẠẠ', '\uD800', '𝕳'.repeat(30)])(
    'answers 404 for the key %j, as for any wrong key',
    async (key) => {
      const q = `?key=${encodeURIComponent(key.replace(/[\uD800-\uDFFF]/g, '?'))}`;
      const url = `/api/lookup/${encodeURIComponent(code)}`;
      expect((await t.app.inject({ url: url + q })).statusCode).toBe(404);
      const rating = await t.app.inject({
        method: 'POST',
        url: `${url}/rating${q}`,
        payload: { score: 'satisfied' },
      });
      expect(rating.statusCode).toBe(404);
      const supplement = await t.app.inject({
        method: 'POST',
        url: `${url}/supplement${q}`,
        payload: { documents: [{ componentId: procedureDocument, fileId }] },
      });
      expect(supplement.statusCode).toBe(404);
    },
  );

  it('still opens the dossier with its key, in any letter case', async () => {
    const url = `/api/lookup/${encodeURIComponent(code)}`;
    expect((await t.app.inject({ url: `${url}?key=${lookupKey}` })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `${url}?key=${lookupKey.toLowerCase()}` })).statusCode).toBe(200);
    expect(keyMatches(lookupKey, `${lookupKey} `)).toBe(false);
    expect(keyMatches(lookupKey, '\uD800'.repeat(40))).toBe(false);
  });
});
