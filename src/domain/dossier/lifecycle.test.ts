import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Applicant, maskName } from './applicant.ts';
import { formatDossierCode, parseDossierCode } from './dossier-code.ts';
import {
  allowedActions,
  dossierActions,
  dossierStatuses,
  isActionAllowed,
  isOpen,
  nextStatus,
  portalStatusCode,
} from './lifecycle.ts';

describe('the transition table', () => {
  it('gives every status a portal code 1–10', () => {
    for (const s of dossierStatuses) expect(portalStatusCode[s]).toBeGreaterThanOrEqual(1);
    expect(portalStatusCode.submitted).toBe(1);
    expect(portalStatusCode.received).toBe(2);
    expect(portalStatusCode.refused).toBe(3);
    expect(portalStatusCode.in_progress).toBe(4);
    expect(portalStatusCode.awaiting_supplement).toBe(5);
    expect(portalStatusCode.result_ready).toBe(9);
    expect(portalStatusCode.delivered).toBe(10);
  });

  it('leaves terminal statuses without actions and every action reachable from some status', () => {
    for (const s of ['delivered', 'refused', 'withdrawn', 'stopped'] as const)
      expect(allowedActions[s]).toEqual([]);
    for (const a of dossierActions) expect(dossierStatuses.some((s) => isActionAllowed(s, a))).toBe(true);
  });

  it('never leads from an open status back to submitted, and a finished dossier only to delivered', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...dossierStatuses),
        fc.constantFrom(...dossierActions),
        (status, action) => {
          if (!isActionAllowed(status, action)) return;
          const to = nextStatus(status, action);
          expect(to).not.toBe('submitted');
          if (status === 'result_ready' || status === 'rejected') expect(to).toBe('delivered');
          if (isOpen(to))
            expect(['submitted', 'received', 'in_progress', 'awaiting_supplement', 'awaiting_fee']).toContain(
              status,
            );
        },
      ),
    );
  });

  it('keeps the status on an apology and pauses on a supplement request', () => {
    expect(nextStatus('in_progress', 'apologize')).toBe('in_progress');
    expect(nextStatus('in_progress', 'request-supplement')).toBe('awaiting_supplement');
    expect(nextStatus('awaiting_supplement', 'receive-supplement')).toBe('in_progress');
  });
});

describe('dossier codes (Circular 03/2025 Art. 13)', () => {
  it('formats {agency}-{YYMMDD}-{NNNN} and parses it back', () => {
    expect(formatDossierCode('000.00.24.H45', '2026-11-26', 7)).toBe('000.00.24.H45-261126-0007');
    expect(formatDossierCode('000.00.24.H45', '2026-11-26', 12345)).toBe('000.00.24.H45-261126-12345');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => {
        const parsed = parseDossierCode(formatDossierCode('000.01.24.H45', '2025-07-01', n));
        expect(parsed).toEqual({ agencyCode: '000.01.24.H45', yymmdd: '250701', sequence: n });
      }),
    );
    expect(() => formatDossierCode('X', '2026-01-01', 0)).toThrow(RangeError);
    expect(parseDossierCode('000.00.24.H45-2611-0001')).toBeUndefined();
  });
});

describe('applicant', () => {
  it('accepts Vietnamese identity numbers and phones, normalised', () => {
    const a = Applicant.parse({
      name: ' Nguyễn   Văn An '.normalize('NFD'),
      idNumber: '025 190 012 345',
      phone: '+84 912 345 678',
    });
    expect(a).toMatchObject({
      name: 'Nguyễn Văn An',
      idNumber: '025190012345',
      phone: '0912345678',
      type: 'citizen',
    });
  });

  it.each([
    [{ idNumber: '12345' }, 'idNumber'],
    [{ phone: '12345' }, 'phone'],
    [{ email: 'not-an-email' }, 'email'],
    [{ name: '' }, 'name'],
    [{ name: 'x'.repeat(201) }, 'name'],
  ])('rejects %o', (patch, path) => {
    const result = Applicant.safeParse({
      name: 'Hà Văn Sơn',
      idNumber: '025190012345',
      phone: '0912345678',
      ...patch,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path[0]).toBe(path);
  });

  it('masks names for the public lookup', () => {
    expect(maskName('Nguyễn Thị Hương')).toBe('N. T. Hương');
    expect(maskName('Đinh Văn Tuấn')).toBe('Đ. V. Tuấn');
    expect(maskName('An')).toBe('A***');
  });
});
