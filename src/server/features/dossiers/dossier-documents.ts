// Attaches documents to a dossier: each names one of the procedure's components, and any scan must
// be an uploaded file; the files are marked attached so the clean-up keeps them.
import { BadRequestError } from '../../http/problem.ts';
import type { DocumentRef } from './actions/action-schemas.ts';
import type { Tx } from './dossier-repository.ts';

export async function attachDocuments(
  tx: Tx,
  input: {
    dossierId: number;
    procedureId: number;
    documents: DocumentRef[];
    source: 'counter' | 'online' | 'supplement';
  },
): Promise<void> {
  const { documents } = input;
  if (documents.length === 0) return;
  const components = await tx
    .selectFrom('procedure_documents')
    .select(['id', 'name', 'originals', 'copies'])
    .where('procedure_id', '=', input.procedureId)
    .execute();
  const byId = new Map(components.map((c) => [c.id, c]));
  const errors = documents.flatMap((d, i) =>
    byId.has(d.componentId)
      ? []
      : [{ path: `body.documents.${i}.componentId`, message: 'not a document component of this procedure' }],
  );
  const fileIds = [...new Set(documents.flatMap((d) => (d.fileId ? [d.fileId] : [])))];
  if (fileIds.length > 0) {
    const found = new Set(
      (await tx.selectFrom('files').select('id').where('id', 'in', fileIds).execute()).map((f) => f.id),
    );
    documents.forEach((d, i) => {
      if (d.fileId && !found.has(d.fileId))
        errors.push({ path: `body.documents.${i}.fileId`, message: 'no such uploaded file' });
    });
  }
  if (errors.length > 0) throw new BadRequestError('Some documents are not valid.', errors);
  await insertDocuments(tx, { ...input, components: byId, fileIds });
}

export type Components = Map<number, { name: string; originals: number; copies: number }>;

/** A document as stored: the component's name, and its counts unless the officer gave others. */
export function documentRow(d: DocumentRef, components: Components) {
  const c = components.get(d.componentId);
  return {
    component_id: d.componentId,
    name: c?.name ?? '',
    file_id: d.fileId ?? null,
    originals: d.originals ?? c?.originals ?? 0,
    copies: d.copies ?? c?.copies ?? 0,
  };
}

/** Writes documents already checked, and marks their files attached so the clean-up keeps them. */
export async function insertDocuments(
  tx: Tx,
  input: {
    dossierId: number;
    documents: DocumentRef[];
    components: Components;
    fileIds: string[];
    source: 'counter' | 'online' | 'supplement';
  },
): Promise<void> {
  const { documents, components, fileIds } = input;
  if (documents.length === 0) return;
  await tx
    .insertInto('dossier_documents')
    .values(
      documents.map((d) => ({
        dossier_id: input.dossierId,
        ...documentRow(d, components),
        source: input.source,
      })),
    )
    .execute();
  if (fileIds.length > 0) {
    await tx
      .updateTable('files')
      .set({ attached_at: new Date() })
      .where('id', 'in', fileIds)
      .where('attached_at', 'is', null)
      .execute();
  }
}
