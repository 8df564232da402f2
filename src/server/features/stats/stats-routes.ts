// Staff routes for statistics: the periodic report (Biểu 06) as JSON, CSV, Excel and PDF, and the
// Decision 766 indicators. Scoped to the caller's units; another unit answers 404.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.ts';
import { Id, IsoDate } from '../../http/schemas.ts';
import { requireStaff } from '../auth/auth-plugin.ts';
import { getIndicators } from './get-indicators.ts';
import { getReport } from './get-report.ts';
import { reportToCsv } from './report-csv.ts';
import { reportToPdf } from './report-pdf.ts';
import { reportToXlsx } from './report-xlsx.ts';

export const REPORT_DEFINITIONS = `Biểu 06 of Circular 01/2020/TT-VPCP (results of handling dossiers), counted at each dossier's resolving unit; \`from\` and \`to\` are local dates of that unit (Asia/Ho_Chi_Minh), both included, \`from\` ≤ \`to\`, at most 10 years apart.
Columns, in the form's order:
(3) receivedTotal = (4) + (5) + (6).
(4) receivedOnline: received in the period online (channel online; the day the clock started).
(5) receivedDirect: received in the period at the counter or by post.
(6) carriedOver: received before the period and still open at its start.
(7) resolvedTotal = (8) + (9) + (10): finished in the period (result ready or rejected with reasons).
(8) resolvedEarly, (9) resolvedOnTime, (10) resolvedLate: the finish day before / on / after the due day (a second supplement request makes it late, Decree 118/2025 Art. 11).
(11) pendingTotal = (12) + (13): still open at the end of the last day.
(12) pendingWithinDeadline: due on or after the last day of the period, or waiting for a supplement asked before the due day (the clock is paused).
(13) pendingOverdue: due before the last day of the period.
Beside the form: refused = refused at reception in the period (never received, not in (3)); withdrawn = received dossiers withdrawn or stopped in the period, so that (3) = (7) + (11) + withdrawn.
Rates (fractions 0–1, null when the denominator is 0): onlineRate = (4) / ((4) + (5)); onTimeRate = ((8) + (9)) / (7); averageProcessingDays = mean calendar days from reception to finish over (7); satisfactionRate = 1 − (10)/(7) − dissatisfied ratings given in the period / (7) (Decision 766/QĐ-TTg), within 0–1.
Rows: groupBy=unit — the unit itself and, with includeSubunits (default), each child unit with its whole subtree rolled up into its row; groupBy=field or procedure — over the unit (and its subunits), groups with nothing to count left out; fieldId counts one field's procedures only: by unit, each unit's share in that field; by field or procedure, that field's rows. total sums the rows.`;

const ReportQuery = z.strictObject({
  unitId: Id,
  from: IsoDate,
  to: IsoDate,
  groupBy: z.enum(['unit', 'field', 'procedure']).default('unit'),
  includeSubunits: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  fieldId: Id.optional(),
});

const rate = z.number().nullable();
const ReportRow = z.object({
  key: z.string(),
  id: z.number().nullable(),
  name: z.string(),
  receivedTotal: z.number(),
  receivedOnline: z.number(),
  receivedDirect: z.number(),
  carriedOver: z.number(),
  resolvedTotal: z.number(),
  resolvedEarly: z.number(),
  resolvedOnTime: z.number(),
  resolvedLate: z.number(),
  pendingTotal: z.number(),
  pendingWithinDeadline: z.number(),
  pendingOverdue: z.number(),
  refused: z.number(),
  withdrawn: z.number(),
  onlineRate: rate,
  onTimeRate: rate,
  averageProcessingDays: rate,
  satisfactionRate: rate,
});
const UnitRef = z.object({ id: z.number(), code: z.string(), name: z.string() });
const ReportResponse = z.object({
  unit: UnitRef,
  from: z.string(),
  to: z.string(),
  groupBy: z.enum(['unit', 'field', 'procedure']),
  includeSubunits: z.boolean(),
  fieldId: z.number().optional(),
  items: z.array(ReportRow),
  total: ReportRow,
});
const Indicator = z.object({ value: rate, numerator: z.number(), denominator: z.number() });
const IndicatorsResponse = z.object({
  unit: UnitRef,
  from: z.string(),
  to: z.string(),
  indicators: z.object({
    onTime: Indicator,
    onlineSubmission: Indicator,
    onlineProcedures: Indicator,
    digitisedDossiers: Indicator,
    electronicResults: Indicator,
    satisfaction: Indicator.extend({ lateShare: rate, dissatisfiedShare: rate, ratings: z.number() }),
    averageProcessingDays: rate,
  }),
});

const fileName = (r: { unit: { code: string }; from: string; to: string }, ext: string) =>
  `bieu-06_${r.unit.code}_${r.from}_${r.to}.${ext}`;

export const statsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/stats/report',
      {
        schema: {
          tags: ['statistics'],
          summary: 'The periodic report (Biểu 06) of a unit for a period, by unit, field or procedure',
          description: REPORT_DEFINITIONS,
          querystring: ReportQuery,
          response: { 200: ReportResponse },
        },
      },
      async (request) => getReport({ db: ctx.db, staff: requireStaff(request), query: request.query }),
    );

    app.get(
      '/api/stats/report.csv',
      {
        schema: {
          tags: ['statistics'],
          summary: 'The periodic report as CSV (UTF-8 with a byte order mark)',
          description: `The same rows and totals as GET /api/stats/report. ${REPORT_DEFINITIONS}`,
          querystring: ReportQuery,
        },
      },
      async (request, reply) => {
        const report = await getReport({ db: ctx.db, staff: requireStaff(request), query: request.query });
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${fileName(report, 'csv')}"`)
          .send(reportToCsv(report));
      },
    );

    app.get(
      '/api/stats/report.xlsx',
      {
        schema: {
          tags: ['statistics'],
          summary: 'The periodic report as Excel, in the layout of the official form',
          description: `The same rows and totals as GET /api/stats/report. ${REPORT_DEFINITIONS}`,
          querystring: ReportQuery,
        },
      },
      async (request, reply) => {
        const report = await getReport({ db: ctx.db, staff: requireStaff(request), query: request.query });
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${fileName(report, 'xlsx')}"`)
          .send(await reportToXlsx(report));
      },
    );

    app.get(
      '/api/stats/report.pdf',
      {
        schema: {
          tags: ['statistics'],
          summary: 'The periodic report as PDF, A4 landscape, in the layout of the official form',
          description: `The same rows and totals as GET /api/stats/report, columns (1)…(13) under the form's merged headings, with a signature block. ${REPORT_DEFINITIONS}`,
          querystring: ReportQuery,
        },
      },
      async (request, reply) => {
        const report = await getReport({ db: ctx.db, staff: requireStaff(request), query: request.query });
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${fileName(report, 'pdf')}"`)
          .send(await reportToPdf(report));
      },
    );

    app.get(
      '/api/stats/indicators',
      {
        schema: {
          tags: ['statistics'],
          summary: 'Service-quality indicators (Decision 766/QĐ-TTg) of a unit with its subunits',
          description:
            'onTime = ((8)+(9)+(12)) / ((7)+(11)); onlineSubmission = (4) / ((4)+(5)); onlineProcedures = ' +
            'procedures the units offer with full or partial online service / all they offer; digitisedDossiers = ' +
            'dossiers received in the period with a scanned file / received; electronicResults = results ' +
            'delivered electronically / delivered in the period; satisfaction = 1 − late share − dissatisfied ' +
            'share, both over (7). Each gives value (0–1 or null), numerator and denominator.',
          querystring: z.strictObject({ unitId: Id, from: IsoDate, to: IsoDate }),
          response: { 200: IndicatorsResponse },
        },
      },
      async (request) => getIndicators({ db: ctx.db, staff: requireStaff(request), query: request.query }),
    );
  };
