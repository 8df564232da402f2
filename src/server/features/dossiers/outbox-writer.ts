// Writes notification rows in the action's own transaction; the outbox worker sends them later,
// so a crash between the action and the email loses nothing.
import type { Tx } from './dossier-repository.ts';

export async function writeOutbox(
  tx: Tx,
  input: {
    dossierId: number;
    code: string;
    topics: string[];
    assigneeId: number | null;
    /** the action's facts (items asked for, reasons, new date…) as they were when it happened */
    data?: Record<string, unknown> | undefined;
  },
): Promise<void> {
  if (input.topics.length === 0) return;
  await tx
    .insertInto('outbox')
    .values(
      input.topics.map((topic) => ({
        kind: 'email',
        topic,
        dossier_id: input.dossierId,
        payload: JSON.stringify({
          code: input.code,
          ...(input.data ? { data: input.data } : {}),
          ...(topic.startsWith('staff.') ? { userId: input.assigneeId } : {}),
        }),
      })),
    )
    .execute();
}
