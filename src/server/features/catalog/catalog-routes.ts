// Public routes of the procedure catalog: fields, search, one procedure.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LevelCode, OnlineLevel, TimeUnit } from '../../../domain/catalog/schema.ts';
import type { AppContext } from '../../http/context.ts';
import { NotFoundError } from '../../http/problem.ts';
import { Id, listOf, Paging } from '../../http/schemas.ts';
import { findProcedure, listFields, searchProcedures } from './procedure-repository.ts';

const Field = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  procedureCount: z.number(),
});

const ProcedureListItem = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  fieldId: z.number(),
  fieldName: z.string(),
  level: z.string(),
  receivingLevel: z.string().nullable(),
  processingTime: z.number(),
  processingTimeUnit: TimeUnit,
  onlineLevel: OnlineLevel,
});

const Procedure = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  field: z.object({ id: z.number(), code: z.string(), name: z.string(), nameEn: z.string().nullable() }),
  level: z.string(),
  receivingLevel: z.string().nullable(),
  isInterLevel: z.boolean(),
  processingTime: z.number(),
  processingTimeUnit: TimeUnit,
  processingDays: z
    .number()
    .nullable()
    .describe('processingTime when it is counted in working days, else null'),
  onlineProcessingTime: z.number().nullable(),
  fees: z.array(z.object({ description: z.string(), amountVnd: z.number() })),
  documents: z.array(
    z.object({
      id: z.number(),
      code: z.string(),
      name: z.string(),
      originals: z.number(),
      copies: z.number(),
      required: z.boolean(),
      note: z.string().nullable(),
    }),
  ),
  onlineLevel: OnlineLevel,
  applicantTypes: z.array(z.string()),
  resultType: z.string(),
  legalBasis: z.array(z.string()),
  steps: z.array(
    z.object({
      position: z.number(),
      name: z.string(),
      role: z.string(),
      department: z.string().nullable(),
      hours: z.number(),
      at: z.enum(['receiving', 'resolving']).nullable().describe('inter-level: the unit that works the step'),
    }),
  ),
  units: z.array(z.object({ id: z.number(), code: z.string(), name: z.string(), level: z.string() })),
});

export const catalogRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/fields',
      {
        schema: {
          tags: ['catalog'],
          summary: 'The fields (lĩnh vực) with their number of procedures',
          querystring: z.strictObject({}),
          response: { 200: listOf(Field) },
        },
      },
      async () => {
        const items = await listFields(ctx.db);
        return { items, total: items.length };
      },
    );

    app.get(
      '/api/procedures',
      {
        schema: {
          tags: ['catalog'],
          summary: 'Search the public catalog',
          description:
            '`q` matches Vietnamese text with or without diacritics (every word must appear) or a procedure code. ' +
            '`level` matches the resolving or the receiving level. `online=any` means full or partial.',
          querystring: z.strictObject({
            q: z.string().max(200).optional(),
            unitId: Id.optional(),
            fieldId: Id.optional(),
            level: LevelCode.optional(),
            online: z.enum(['full', 'partial', 'none', 'any']).optional(),
            ...Paging,
          }),
          response: { 200: listOf(ProcedureListItem) },
        },
      },
      async (request) => searchProcedures(ctx.db, request.query),
    );

    app.get(
      '/api/procedures/:id',
      {
        schema: {
          tags: ['catalog'],
          summary: 'One procedure with everything a citizen needs before coming to the counter',
          params: z.object({ id: Id }),
          response: { 200: Procedure },
        },
      },
      async (request) => {
        const p = await findProcedure(ctx.db, request.params.id);
        if (!p) throw new NotFoundError(`No procedure ${request.params.id}.`);
        const { fieldId, fieldCode, fieldName, fieldNameEn, ...rest } = p;
        return {
          ...rest,
          field: { id: fieldId, code: fieldCode, name: fieldName, nameEn: fieldNameEn },
          isInterLevel: p.receivingLevel !== null && p.receivingLevel !== p.level,
          processingDays: p.processingTimeUnit === 'working_days' ? p.processingTime : null,
        };
      },
    );
  };
