// The body each action takes. Every body carries the dossier's `version` (optimistic locking).
import { z } from 'zod';
import type { DossierAction } from '../../../../domain/dossier/lifecycle.ts';

const note = z.string().trim().max(2000).optional();
const base = { version: z.number().int().min(1).max(2_147_483_647), note };
const reasons = z.array(z.string().trim().min(1).max(1000)).min(1).max(20);
const userId = z.number().int().min(1).max(2_147_483_647);
const department = z.string().trim().min(1).max(200);
const DocumentRef = z.strictObject({
  componentId: z.number().int().min(1).max(2_147_483_647),
  fileId: z.uuid().optional(),
  originals: z.number().int().min(0).max(20).optional(),
  copies: z.number().int().min(0).max(20).optional(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;
export const DocumentRefs = z.array(DocumentRef).max(50);

export const actionBodies = {
  accept: z.strictObject({ ...base }),
  refuse: z.strictObject({ ...base, reasons }),
  assign: z
    .strictObject({ ...base, assigneeId: userId.optional(), department: department.optional() })
    .refine((b) => b.assigneeId !== undefined || b.department !== undefined, {
      message: 'give assigneeId or department',
      path: ['assigneeId'],
    }),
  transfer: z.strictObject({
    ...base,
    unitId: z.number().int().min(1).max(2_147_483_647),
    assigneeId: userId.optional(),
    department: department.optional(),
  }),
  forward: z.strictObject({ ...base, assigneeId: userId.optional(), department: department.optional() }),
  return: z.strictObject({ ...base, note: z.string().trim().min(1).max(2000) }),
  'request-supplement': z.strictObject({
    ...base,
    items: z.array(z.string().trim().min(1).max(500)).min(1).max(30),
    reason: z.string().trim().min(1).max(2000),
  }),
  'receive-supplement': z.strictObject({ ...base, documents: DocumentRefs.optional() }),
  approve: z.strictObject({ ...base }),
  reject: z.strictObject({ ...base, reasons }),
  finish: z.strictObject({ ...base, resultName: z.string().trim().min(1).max(300).optional() }),
  deliver: z.strictObject({
    ...base,
    method: z.enum(['counter', 'post', 'electronic']),
    recipientName: z.string().trim().min(1).max(200).optional(),
  }),
  apologize: z.strictObject({
    ...base,
    reason: z.string().trim().min(1).max(2000),
    newDueAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time with offset' }),
  }),
  withdraw: z.strictObject({ ...base, reason: z.string().trim().min(1).max(2000).optional() }),
} as const satisfies Record<DossierAction, z.ZodType>;

export type ActionBody<A extends DossierAction> = z.infer<(typeof actionBodies)[A]>;
