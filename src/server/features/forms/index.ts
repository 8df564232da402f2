// Official slips of Circular 03/2025/TT-VPCP, Appendix I, rendered to PDF.
export type * from './form-model.ts';
export type { RenderOptions } from './pdf-document.ts';
export { renderApology } from './render-apology.ts';
export { renderControlSheet } from './render-control-sheet.ts';
export { renderReceipt } from './render-receipt.ts';
export { renderRefusal } from './render-refusal.ts';
export { renderStopNotice } from './render-stop-notice.ts';
export { renderSupplementRequest } from './render-supplement-request.ts';
export { renderTrackingBook, renderTrackingBookStream } from './render-tracking-book.ts';

/** The per-dossier slips, by the name the API and the web app use for them. */
export const formNames = [
  'receipt',
  'supplement-request',
  'refusal',
  'apology',
  'stop-notice',
  'control-sheet',
] as const;

export type FormName = (typeof formNames)[number];
