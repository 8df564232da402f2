// Which slips a dossier offers: each from the event it documents, as the server renders them.
import { describe, expect, test } from 'vitest';
import type { DossierEvent } from '../http/dossier-queries.ts';
import { availableForms } from './dossier-forms.ts';

const event = (action: string) => ({ action }) as DossierEvent;

describe('slips of a dossier', () => {
  test('a received dossier has its receipt and control sheet', () => {
    expect(availableForms({ receivedAt: '2026-11-27T08:00:00+07:00', events: [event('receive')] })).toEqual([
      'receipt',
      'control-sheet',
    ]);
  });

  test('a refused online dossier has a refusal slip but no receipt', () => {
    expect(availableForms({ receivedAt: null, events: [event('submit'), event('refuse')] })).toEqual([
      'refusal',
      'control-sheet',
    ]);
  });

  test('supplement, apology and withdrawal each bring their own slip', () => {
    const events = ['receive', 'request-supplement', 'receive-supplement', 'apologize', 'withdraw'].map(
      event,
    );
    expect(availableForms({ receivedAt: '2026-11-27T08:00:00+07:00', events })).toEqual([
      'receipt',
      'supplement-request',
      'apology',
      'stop-notice',
      'control-sheet',
    ]);
  });
});
