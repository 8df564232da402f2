// Satisfaction rating, once per finished dossier: very satisfied / satisfied / dissatisfied (the
// national portal's scale), an optional comment, and optionally the evaluation criteria.
import { z } from 'zod';
import { normalizeText } from '../../../domain/text/fold.ts';
import type { Db } from '../../db/database.ts';
import { ConflictError } from '../../http/problem.ts';
import { openDossier } from './lookup-dossier.ts';

const Mark = z.enum(['good', 'fair', 'poor']);
export const Rating = z.strictObject({
  score: z.enum(['very_satisfied', 'satisfied', 'dissatisfied']),
  comment: z.string().trim().max(2000).optional(),
  /** The older evaluation set (Circular 01/2018): each criterion good / fair / poor. */
  criteria: z
    .strictObject({
      processingTime: Mark.optional(),
      visits: Mark.optional(),
      staffAttitude: Mark.optional(),
      publicity: Mark.optional(),
      onlineUse: Mark.optional(),
    })
    .optional(),
});
export type Rating = z.infer<typeof Rating>;

export async function rateDossier(input: { db: Db; code: string; key: string; body: Rating }): Promise<void> {
  const d = await openDossier(input.db, input.code, input.key);
  if (!['result_ready', 'delivered', 'rejected'].includes(d.status)) {
    throw new ConflictError('A dossier can be rated once it is finished.');
  }
  const inserted = await input.db
    .insertInto('dossier_ratings')
    .values({
      dossier_id: d.id,
      score: input.body.score,
      comment: input.body.comment ? normalizeText(input.body.comment) : null,
      criteria: input.body.criteria ? JSON.stringify(input.body.criteria) : null,
    })
    .onConflict((oc) => oc.column('dossier_id').doNothing())
    .executeTakeFirst();
  if (inserted.numInsertedOrUpdatedRows === 0n)
    throw new ConflictError('This dossier has been rated already.');
}
