// Each action's small form: what it requires and the body it posts.
import { describe, expect, test } from 'vitest';
import type { DossierView } from '../http/dossier-queries.ts';
import {
  buildActionBody,
  emptyActionDraft,
  fieldOfServerPath,
  transferTarget,
  wallTimeToIso,
} from './action-body.ts';

const dossier = {
  code: '000.02.24.H45-261127-0001',
  version: 4,
  channel: 'counter',
  receivingUnitId: 4,
  resolvingUnitId: 2,
  currentUnitId: 4,
  dueAt: '2026-12-07T07:30:00+07:00',
  appointmentAt: '2026-12-07T07:30:00+07:00',
} as DossierView;

describe('action bodies', () => {
  test('a transfer goes to whichever of the receiving and resolving units does not hold the dossier', () => {
    expect(transferTarget(dossier)).toBe(2);
    expect(transferTarget({ ...dossier, currentUnitId: 2 })).toBe(4);
    expect(buildActionBody('transfer', dossier, emptyActionDraft(dossier))).toEqual({
      body: { version: 4, unitId: 2 },
    });
  });

  test('accept and approve carry the version and an optional note only', () => {
    const draft = { ...emptyActionDraft(dossier), note: '  đủ hồ sơ ' };
    expect(buildActionBody('approve', dossier, draft)).toEqual({ body: { version: 4, note: 'đủ hồ sơ' } });
  });

  test('refusal reasons and supplement items are one per line, and required', () => {
    const draft = emptyActionDraft(dossier);
    expect(buildActionBody('refuse', dossier, draft)).toEqual({ errors: { reasons: 'required' } });
    expect(buildActionBody('refuse', dossier, { ...draft, reasons: 'Thiếu tờ khai\n\n Sai mẫu ' })).toEqual({
      body: { version: 4, reasons: ['Thiếu tờ khai', 'Sai mẫu'] },
    });
    expect(buildActionBody('request-supplement', dossier, { ...draft, items: 'Bản sao CCCD' })).toEqual({
      errors: { reason: 'required' },
    });
  });

  test('assigning needs an officer or a department; an id typed by hand must be a number', () => {
    const draft = emptyActionDraft(dossier);
    expect(buildActionBody('assign', dossier, draft)).toEqual({ errors: { assignee: 'assignee' } });
    expect(buildActionBody('assign', dossier, { ...draft, assigneeId: 'abc' })).toEqual({
      errors: { assignee: 'number' },
    });
    expect(buildActionBody('assign', dossier, { ...draft, assigneeId: '7' })).toEqual({
      body: { version: 4, assigneeId: 7 },
    });
    expect(buildActionBody('forward', dossier, draft)).toEqual({ body: { version: 4 } });
  });

  test('return needs a note; withdrawal takes an optional reason', () => {
    expect(buildActionBody('return', dossier, emptyActionDraft(dossier))).toEqual({
      errors: { note: 'required' },
    });
    expect(buildActionBody('withdraw', dossier, emptyActionDraft(dossier))).toEqual({ body: { version: 4 } });
  });

  test('delivery sends the method; the apology’s new date gets the unit’s offset', () => {
    const draft = { ...emptyActionDraft(dossier), recipientName: 'Nguyễn Văn An' };
    expect(buildActionBody('deliver', dossier, draft)).toEqual({
      body: { version: 4, method: 'counter', recipientName: 'Nguyễn Văn An' },
    });
    expect(buildActionBody('apologize', dossier, { ...draft, reason: 'Chờ xác minh' })).toEqual({
      errors: { newDueAt: 'date' },
    });
    expect(
      buildActionBody('apologize', dossier, {
        ...draft,
        reason: 'Chờ xác minh',
        newDueAt: '2026-12-10T09:00',
      }),
    ).toEqual({ body: { version: 4, reason: 'Chờ xác minh', newDueAt: '2026-12-10T09:00:00+07:00' } });
    expect(wallTimeToIso('2026-12-10T09:00', '2026-12-07T07:30:00Z')).toBe('2026-12-10T09:00:00+00:00');
  });

  test('server error paths map to the form’s fields', () => {
    expect(fieldOfServerPath('body.assigneeId')).toBe('assignee');
    expect(fieldOfServerPath('body.unitId')).toBe('unitId');
    expect(fieldOfServerPath('body.version')).toBeUndefined();
  });
});
