// Uploads (anyone: citizens attach scans before submitting) and downloads (staff who may see a
// dossier that holds the file).

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.ts';
import { AppError, BadRequestError, NotFoundError } from '../../http/problem.ts';
import { requireStaff } from '../auth/auth-plugin.ts';
import { canSeeDossier } from '../dossiers/dossier-policy.ts';
import { blobPath, FileTooLargeError, storeStream, UnsupportedTypeError } from './file-store.ts';
import { acceptedTypes } from './sniff-type.ts';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

const FileInfo = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number(),
  mediaType: z.string(),
  sha256: z.string(),
});

function safeName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
    .replace(/[\\/\0-\x1f"<>|:*?]/g, '_')
    .trim()
    .slice(0, 200);
  return cleaned || 'tep-dinh-kem';
}

/** The multipart parser's own errors (no boundary, a body that ends too soon) are the client's. */
function malformedMultipart(error: unknown): unknown {
  if (typeof (error as { statusCode?: unknown }).statusCode === 'number') return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BadRequestError(`The multipart body is malformed: ${message}.`, [{ path: 'body', message }]);
}

export const fileRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(multipart, { limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5, parts: 6 } });

    app.post(
      '/api/files',
      {
        schema: {
          tags: ['files'],
          summary:
            'Upload one file (multipart field `file`): PDF, JPEG, PNG, WebP, HEIC or DOCX, at most 10 MiB',
          description:
            'The type is decided from the bytes. Files that no dossier refers to are removed after a day.',
          consumes: ['multipart/form-data'],
          response: { 201: FileInfo },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart())
          throw new AppError(
            415,
            'Unsupported media type',
            'Send multipart/form-data with a field named file.',
          );
        let part: Awaited<ReturnType<typeof request.file>>;
        try {
          part = await request.file();
        } catch (error) {
          throw malformedMultipart(error);
        }
        if (part?.fieldname !== 'file') {
          throw new BadRequestError('Send one file in the field named file.', [
            { path: 'body.file', message: 'is required' },
          ]);
        }
        let stored: Awaited<ReturnType<typeof storeStream>>;
        let readError: unknown;
        part.file.once('error', (error) => {
          readError = error;
        });
        try {
          stored = await storeStream(ctx.config.dataDir, part.file, MAX_FILE_BYTES);
        } catch (error) {
          if (error instanceof FileTooLargeError)
            throw new AppError(413, 'Payload too large', `The file is ${error.message}.`);
          if (error instanceof UnsupportedTypeError)
            throw new AppError(415, 'Unsupported media type', `The file is ${error.message}.`);
          // The request's bytes failed to parse (cut short, a broken boundary): not a disk error.
          // The stream may have failed before the listener above was attached: `errored` keeps it.
          if (error === readError || error === part.file.errored) throw malformedMultipart(error);
          throw error;
        }
        const row = {
          id: randomUUID(),
          sha256: stored.sha256,
          size: stored.size,
          media_type: stored.mediaType,
          name: safeName(part.filename ?? ''),
        };
        await ctx.db.insertInto('files').values(row).execute();
        return reply.status(201).send({
          id: row.id,
          name: row.name,
          size: row.size,
          mediaType: row.media_type,
          sha256: row.sha256,
        });
      },
    );

    app.get(
      '/api/files/:id',
      {
        schema: {
          tags: ['files'],
          summary: 'Download a file of a dossier the caller may see (staff)',
          params: z.object({ id: z.uuid() }),
        },
      },
      async (request, reply) => {
        const staff = requireStaff(request);
        const file = await ctx.db
          .selectFrom('files')
          .selectAll()
          .where('id', '=', request.params.id)
          .executeTakeFirst();
        const holders = file
          ? await ctx.db
              .selectFrom('dossier_documents as dd')
              .innerJoin('dossiers as d', 'd.id', 'dd.dossier_id')
              .select(['d.status', 'd.receiving_unit_id', 'd.resolving_unit_id', 'd.current_unit_id'])
              .where('dd.file_id', '=', file.id)
              .execute()
          : [];
        const visible = holders.some((d) =>
          canSeeDossier(staff, {
            status: d.status,
            receivingUnitId: d.receiving_unit_id,
            resolvingUnitId: d.resolving_unit_id,
            currentUnitId: d.current_unit_id,
          }),
        );
        if (!file || !visible) throw new NotFoundError('No such file.');
        const ext = acceptedTypes[file.media_type as keyof typeof acceptedTypes] ?? 'bin';
        const inline = file.media_type === 'application/pdf' || file.media_type.startsWith('image/');
        const name = file.name.toLowerCase().endsWith(`.${ext}`) ? file.name : `${file.name}.${ext}`;
        return reply
          .type(file.media_type)
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header(
            'content-disposition',
            `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(name)}`,
          )
          .send(fs.createReadStream(blobPath(ctx.config.dataDir, file.sha256)));
      },
    );
  };
