// Due-date arithmetic for anyone, and the holiday calendar for province administrators.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dueAt } from '../../../domain/calendar/index.ts';
import { formatInstant } from '../../../domain/time/format-instant.ts';
import type { AppContext } from '../../http/context.ts';
import { NotFoundError } from '../../http/problem.ts';
import { Id, IsoDate, listOf } from '../../http/schemas.ts';
import { requireStaff } from '../auth/auth-plugin.ts';
import { assertAllowed, canManageCalendar } from '../auth/policy.ts';
import {
  assertCalendarExists,
  deleteCalendarDay,
  getDefaultCalendarId,
  listCalendarDays,
  upsertCalendarDay,
} from './calendar-repository.ts';

// Due dates are counted for receptions of this era: far-off instants would run the calendar past
// its last year (9999) and fail there instead of here.
const Instant = z.iso
  .datetime({ offset: true, message: 'must be an ISO 8601 time with offset' })
  .refine((s) => {
    const year = new Date(s).getUTCFullYear();
    return year >= 1970 && year <= 2100;
  }, 'must be between the years 1970 and 2100');
const Amount = z.coerce.number().min(0).max(3650);
const WholeAmount = Amount.int('must be a whole number');
const CalendarDay = z.object({
  date: z.string(),
  kind: z.enum(['holiday', 'working_day']),
  name: z.string(),
});
const CalendarQuery = { calendarId: Id.optional() };

export const calendarRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/calendar/due',
      {
        schema: {
          tags: ['calendar'],
          summary: "The due time of a dossier received at `from`, in that unit's working-time calendar",
          description:
            'Give exactly one of workingDays, calendarDays or workingHours. A reception outside office hours ' +
            'counts from the next opening; a calendar-day deadline that lands on a day off moves to the next working day.',
          querystring: z
            .strictObject({
              unitId: Id,
              from: Instant.optional(),
              workingDays: Amount.optional(),
              calendarDays: WholeAmount.optional(),
              workingHours: Amount.optional(),
            })
            .refine(
              (q) =>
                [q.workingDays, q.calendarDays, q.workingHours].filter((v) => v !== undefined).length === 1,
              {
                message: 'give exactly one of workingDays, calendarDays, workingHours',
                path: ['workingDays'],
              },
            ),
          response: { 200: z.object({ dueAt: z.string() }) },
        },
      },
      async (request) => {
        const q = request.query;
        const spec = await ctx.calendars.getForUnit(q.unitId);
        const from = q.from ? new Date(q.from) : new Date();
        const due =
          q.workingDays !== undefined
            ? dueAt(spec, from, q.workingDays, 'working_days')
            : q.calendarDays !== undefined
              ? dueAt(spec, from, q.calendarDays, 'calendar_days')
              : dueAt(spec, from, q.workingHours ?? 0, 'working_hours');
        return { dueAt: formatInstant(due, spec.timeZone) };
      },
    );

    app.get(
      '/api/holidays',
      {
        schema: {
          tags: ['calendar'],
          summary: 'Days off and make-up working days of a year',
          querystring: z.strictObject({
            year: z.coerce.number().int().min(1990).max(2100),
            ...CalendarQuery,
          }),
          response: { 200: listOf(CalendarDay) },
        },
      },
      async (request) => {
        const calendarId = request.query.calendarId ?? (await getDefaultCalendarId(ctx.db));
        await assertCalendarExists(ctx.db, calendarId);
        const items = await listCalendarDays(ctx.db, calendarId, request.query.year);
        return { items, total: items.length };
      },
    );

    app.put(
      '/api/holidays/:date',
      {
        schema: {
          tags: ['calendar'],
          summary: 'Set a day off (holiday) or a make-up working day (province administrator)',
          params: z.object({ date: IsoDate }),
          querystring: z.strictObject(CalendarQuery),
          body: z.strictObject({
            kind: z.enum(['holiday', 'working_day']),
            name: z.string().trim().min(1).max(200),
          }),
          response: { 200: CalendarDay },
        },
      },
      async (request) => {
        assertAllowed(
          canManageCalendar(requireStaff(request)),
          'Only a province administrator edits the calendar.',
        );
        const calendarId = request.query.calendarId ?? (await getDefaultCalendarId(ctx.db));
        await assertCalendarExists(ctx.db, calendarId);
        const day = {
          date: request.params.date,
          kind: request.body.kind,
          name: request.body.name.normalize('NFC'),
        };
        const staff = requireStaff(request);
        await upsertCalendarDay(ctx.db, calendarId, day, {
          actorId: staff.id,
          actorName: staff.fullName,
          action: 'calendar.set-day',
          target: day.date,
          detail: day,
          ip: request.ip,
        });
        return day;
      },
    );

    app.delete(
      '/api/holidays/:date',
      {
        schema: {
          tags: ['calendar'],
          summary: 'Remove a day from the calendar (province administrator)',
          params: z.object({ date: IsoDate }),
          querystring: z.strictObject(CalendarQuery),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        assertAllowed(
          canManageCalendar(requireStaff(request)),
          'Only a province administrator edits the calendar.',
        );
        const calendarId = request.query.calendarId ?? (await getDefaultCalendarId(ctx.db));
        const admin = requireStaff(request);
        const removed = await deleteCalendarDay(ctx.db, calendarId, request.params.date, {
          actorId: admin.id,
          actorName: admin.fullName,
          action: 'calendar.remove-day',
          target: request.params.date,
          ip: request.ip,
        });
        if (!removed) throw new NotFoundError(`${request.params.date} is not in the calendar.`);
        return reply.status(204).send(null);
      },
    );
  };
