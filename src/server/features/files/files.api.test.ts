import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counterBody, findDemoProcedure } from '../../../../tests/support/factories.ts';
import { createTestApp, signIn, type TestApp } from '../../../../tests/support/test-app.ts';
import { multipart, PDF, PNG } from '../../../../tests/support/uploads.ts';
import { MAX_FILE_BYTES } from './file-routes.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const upload = (name: string, content: Buffer, type?: string) =>
  t.app.inject({ method: 'POST', url: '/api/files', ...multipart(name, content, type) });

describe('POST /api/files', () => {
  it('stores a PNG and a PDF by their bytes, content-addressed', async () => {
    const png = await upload('giay-khai-sinh.png', PNG, 'image/png');
    expect(png.statusCode).toBe(201);
    expect(png.json()).toMatchObject({
      name: 'giay-khai-sinh.png',
      size: PNG.length,
      mediaType: 'image/png',
    });
    expect(png.json().sha256).toMatch(/^[0-9a-f]{64}$/);
    const pdf = await upload('to-khai.pdf', PDF);
    expect(pdf.json().mediaType).toBe('application/pdf');
    const again = await upload('copy.png', PNG);
    expect(again.json().sha256).toBe(png.json().sha256);
    expect(again.json().id).not.toBe(png.json().id);
  });

  it('decides the type from the bytes: HTML named .pdf is 415, nothing stored', async () => {
    const before = await t.database.db
      .selectFrom('files')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const fake = await upload(
      'invoice.pdf',
      Buffer.from('<html><script>alert(1)</script></html>'),
      'application/pdf',
    );
    expect(fake.statusCode).toBe(415);
    expect(fake.headers['content-type']).toContain('application/problem+json');
    const empty = await upload('empty.pdf', Buffer.alloc(0));
    expect(empty.statusCode).toBe(415);
    const after = await t.database.db
      .selectFrom('files')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('answers 413 for a file over the limit', async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_FILE_BYTES)]);
    const res = await upload('big.pdf', big);
    expect(res.statusCode).toBe(413);
  });

  it('answers 415 or 400 for requests that are not one multipart file', async () => {
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/files', payload: { file: 'x' } })).statusCode,
    ).toBe(415);
    const wrongField = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      payload: Buffer.from(
        '------b\r\nContent-Disposition: form-data; name="other"\r\n\r\nx\r\n------b--\r\n',
      ),
      headers: { 'content-type': 'multipart/form-data; boundary=----b' },
    });
    expect(wrongField.statusCode).toBe(400);
  });

  // Found by tests/api/fuzz.test.ts: the multipart parser's errors were answered 500.
  it.each([
    ['no part at all', 'multipart/form-data; boundary=x', 'null'],
    ['no boundary', 'multipart/form-data', '}'],
    [
      'a file cut short',
      'multipart/form-data; boundary=b',
      '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4',
    ],
  ])('answers 400 for a malformed multipart body (%s)', async (_why, type, payload) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { 'content-type': type },
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'body' })]);
  });
});

describe('GET /api/files/:id', () => {
  it('serves a dossier’s scan to staff who see the dossier, and 404 to others', async () => {
    const procedure = await findDemoProcedure(t.database.db, { level: 'commune' });
    const file = (await upload('cccd.png', PNG)).json();
    const reception = await signIn(t.app, 'tiepnhan.thachkiet');
    const body = counterBody(procedure);
    body.documents = body.documents.map((d, i) => (i === 0 ? { ...d, fileId: file.id } : d));
    const received = await t.app.inject({
      method: 'POST',
      url: '/api/counter/dossiers',
      headers: reception,
      payload: body,
    });
    expect(received.statusCode).toBe(201);
    expect(received.json().documents.some((d: { fileId: string }) => d.fileId === file.id)).toBe(true);

    const own = await t.app.inject({ url: `/api/files/${file.id}`, headers: { cookie: reception.cookie } });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    expect(own.headers['x-content-type-options']).toBe('nosniff');
    expect(own.rawPayload.equals(PNG)).toBe(true);

    const other = await signIn(t.app, 'tiepnhan.kimthuong');
    expect(
      (await t.app.inject({ url: `/api/files/${file.id}`, headers: { cookie: other.cookie } })).statusCode,
    ).toBe(404);
    expect((await t.app.inject({ url: `/api/files/${file.id}` })).statusCode).toBe(401);
    const loose = (await upload('loose.png', PNG)).json();
    expect(
      (await t.app.inject({ url: `/api/files/${loose.id}`, headers: { cookie: reception.cookie } }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ url: '/api/files/not-a-uuid', headers: { cookie: reception.cookie } }))
        .statusCode,
    ).toBe(400);
  });
});
