// Which official slips a dossier's history calls for (Circular 03/2025/TT-VPCP, Appendix I).
import type { DossierView } from '../http/dossier-queries.ts';

export const formNames = [
  'receipt',
  'supplement-request',
  'refusal',
  'apology',
  'stop-notice',
  'control-sheet',
] as const;
export type FormName = (typeof formNames)[number];

type FormFacts = Pick<DossierView, 'receivedAt' | 'events'>;

/** The slips that exist for this dossier, as the server renders them: each from the event it documents. */
export function availableForms(dossier: FormFacts): FormName[] {
  const happened = (...actions: string[]) => dossier.events.some((event) => actions.includes(event.action));
  const forms: FormName[] = [];
  if (dossier.receivedAt) forms.push('receipt');
  if (happened('request-supplement')) forms.push('supplement-request');
  if (happened('refuse', 'reject')) forms.push('refusal');
  if (happened('apologize')) forms.push('apology');
  if (happened('withdraw')) forms.push('stop-notice');
  if (dossier.events.length > 0) forms.push('control-sheet');
  return forms;
}
