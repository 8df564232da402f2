// Staff routes for dossiers: counter reception, work lists, one dossier, and its actions.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dossierActions, dossierStatuses } from '../../../domain/dossier/lifecycle.ts';
import type { AppContext } from '../../http/context.ts';
import { Id, IsoDate, Paging } from '../../http/schemas.ts';
import { requireStaff } from '../auth/auth-plugin.ts';
import { formNames } from '../forms/index.ts';
import { actionBodies } from './actions/action-schemas.ts';
import { renderDossierForm } from './dossier-forms.ts';
import { loadDossierView } from './dossier-view.ts';
import { listDossiers, workLists } from './list-dossiers.ts';
import { CounterReception, receiveAtCounter } from './receive-at-counter.ts';
import { runDossierAction } from './run-dossier-action.ts';

const Code = z
  .string()
  .regex(/^[A-Za-z0-9.]{1,32}-\d{6}-\d{4,9}$/, 'must be a dossier code like 000.00.24.H45-261126-0001');
const DossierView = z.looseObject({ code: z.string(), status: z.enum(dossierStatuses), version: z.number() });
const StatusList = z
  .string()
  .max(500)
  .transform((s) => s.split(',').filter(Boolean))
  .pipe(z.array(z.enum(dossierStatuses)).max(20));

export const dossierRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const view = (staff: ReturnType<typeof requireStaff>, code: string) =>
      loadDossierView({ db: ctx.db, calendars: ctx.calendars, staff, code });

    app.post(
      '/api/counter/dossiers',
      {
        schema: {
          tags: ['dossiers'],
          summary: 'Receive a dossier at the counter (reception officer): received at once, the clock starts',
          body: CounterReception,
          response: { 201: DossierView },
        },
      },
      async (request, reply) => {
        const staff = requireStaff(request);
        const { code } = await receiveAtCounter({
          db: ctx.db,
          calendars: ctx.calendars,
          staff,
          body: request.body,
        });
        return reply.status(201).send(await view(staff, code));
      },
    );

    app.get(
      '/api/dossiers',
      {
        schema: {
          tags: ['dossiers'],
          summary: "Work lists over the caller's units",
          description:
            'list: to-receive (online, awaiting reception), mine (assigned to me, open), due-soon (due within one ' +
            'working day), overdue, to-deliver (results to hand back). q matches the code or the applicant without diacritics. ' +
            'The filters behind each number of the periodic report (Biểu 06; dates are local days of the unit, both ' +
            'included): resolvingOnly=true counts a dossier at its resolving unit only, as the report does; ' +
            'receivedFrom/receivedTo with channel: (4), (5); handledFrom/handledTo: (3), received by the last day and not ' +
            'closed before the first (received in the period or carried over); openOn=D: received and still open at the end ' +
            'of day D ((6) with the day before the period, (11) with its last day); deadlineOn=within|overdue with openOn: ' +
            '(12), (13), due on or after D, or before it; finishedFrom/finishedTo with finishClass: (7)–(10); ' +
            'closedFrom/closedTo with status refused, or withdrawn,stopped: the counts beside the form.',
          querystring: z.strictObject({
            list: z.enum(workLists).optional(),
            status: StatusList.optional(),
            step: z.coerce.number().int().min(1).max(100).optional(),
            assignee: z.union([z.literal('me'), Id]).optional(),
            unitId: Id.optional(),
            procedureId: Id.optional(),
            channel: z.enum(['online', 'counter', 'post']).optional(),
            dueBefore: z.iso.datetime({ offset: true }).optional(),
            overdue: z
              .enum(['true', 'false'])
              .transform((v) => v === 'true')
              .optional(),
            q: z.string().max(200).optional(),
            receivedFrom: IsoDate.optional(),
            receivedTo: IsoDate.optional(),
            finishedFrom: IsoDate.optional(),
            finishedTo: IsoDate.optional(),
            finishClass: z.enum(['early', 'on_time', 'late']).optional(),
            handledFrom: IsoDate.optional(),
            handledTo: IsoDate.optional(),
            openOn: IsoDate.optional(),
            deadlineOn: z.enum(['within', 'overdue']).optional(),
            closedFrom: IsoDate.optional(),
            closedTo: IsoDate.optional(),
            resolvingOnly: z
              .enum(['true', 'false'])
              .transform((v) => v === 'true')
              .optional(),
            fieldId: Id.optional(),
            includeSubunits: z
              .enum(['true', 'false'])
              .transform((v) => v === 'true')
              .optional(),
            ...Paging,
          }),
          response: {
            200: z.object({ items: z.array(z.looseObject({ code: z.string() })), total: z.number() }),
          },
        },
      },
      async (request) =>
        listDossiers({
          db: ctx.db,
          calendars: ctx.calendars,
          staff: requireStaff(request),
          filter: request.query,
        }),
    );

    app.get(
      '/api/dossiers/:code',
      {
        schema: {
          tags: ['dossiers'],
          summary: 'One dossier with its events (the control sheet), the allowed actions and its version',
          params: z.object({ code: Code }),
          response: { 200: DossierView },
        },
      },
      async (request) => view(requireStaff(request), request.params.code),
    );

    app.get(
      '/api/dossiers/:code/forms/:form',
      {
        schema: {
          tags: ['dossiers'],
          summary:
            'An official slip of the dossier as PDF: receipt, supplement-request, refusal, apology, stop-notice, control-sheet',
          params: z.object({
            code: Code,
            form: z
              .string()
              .regex(/^[a-z-]+\.pdf$/, 'must be like receipt.pdf')
              .transform((f) => f.slice(0, -4))
              .pipe(z.enum(formNames)),
          }),
        },
      },
      async (request, reply) => {
        const dossier = await view(requireStaff(request), request.params.code);
        const pdf = await renderDossierForm({
          db: ctx.db,
          view: dossier,
          form: request.params.form,
          publicUrl: ctx.config.publicUrl,
        });
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${request.params.form}-${dossier.code}.pdf"`)
          .send(pdf);
      },
    );

    app.post(
      '/api/dossiers/:code/actions/:action',
      {
        schema: {
          tags: ['dossiers'],
          summary: 'Take one action on a dossier',
          description: `Every body carries the dossier's version. Bodies per action: ${Object.keys(actionBodies).join(', ')} — see the schemas of the request errors. A stale version or an action the status does not allow answers 409 with allowedActions and version.`,
          params: z.object({ code: Code, action: z.enum(dossierActions) }),
          body: z.looseObject({ version: z.number() }),
          response: { 200: DossierView },
        },
      },
      async (request) => {
        const staff = requireStaff(request);
        await runDossierAction({
          db: ctx.db,
          calendars: ctx.calendars,
          staff,
          code: request.params.code,
          action: request.params.action,
          body: request.body,
        });
        return view(staff, request.params.code);
      },
    );
  };
