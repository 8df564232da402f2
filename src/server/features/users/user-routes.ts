// Staff directory (for assigning work) and user management for unit and province administrators.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { StaffRole } from '../../../domain/catalog/schema.ts';
import type { AppContext } from '../../http/context.ts';
import { ForbiddenError, NotFoundError } from '../../http/problem.ts';
import { Id, listOf, Paging } from '../../http/schemas.ts';
import { writeAudit } from '../audit/audit-log.ts';
import { requireStaff } from '../auth/auth-plugin.ts';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password.ts';
import { assertAllowed, canGrantRole } from '../auth/policy.ts';
import { visibleUnitIds } from '../dossiers/dossier-policy.ts';
import { addUser } from './add-user.ts';

const Role = z.object({ role: z.string(), unitId: z.number() });
const StaffMember = z.object({ id: z.number(), fullName: z.string(), roles: z.array(Role) });
const User = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  isDisabled: z.boolean(),
  roles: z.array(Role),
});

function usersAt(ctx: AppContext, unitIds: number[]) {
  return ctx.db
    .selectFrom('users as u')
    .select([
      'u.id',
      'u.username',
      'u.full_name as fullName',
      'u.is_disabled as isDisabled',
      sql<
        { role: string; unitId: number }[]
      >`(select json_agg(json_build_object('role', r.role, 'unitId', r.unit_id) order by r.role)
        from user_roles r where r.user_id = u.id)`.as('roles'),
    ])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles as r')
          .select(sql`1`.as('one'))
          .whereRef('r.user_id', '=', 'u.id')
          .where('r.unit_id', 'in', unitIds.length ? unitIds : [0]),
      ),
    )
    .orderBy('u.full_name')
    .execute();
}

export const userRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/staff',
      {
        schema: {
          tags: ['users'],
          summary: 'Active staff of a unit of the caller’s province, to assign or transfer work to',
          querystring: z.strictObject({ unitId: Id }),
          response: { 200: listOf(StaffMember) },
        },
      },
      async (request) => {
        const staff = requireStaff(request);
        const mine = await ctx.db
          .selectFrom('units')
          .select('path')
          .where('id', 'in', visibleUnitIds(staff))
          .execute();
        const roots = new Set(mine.map((u) => u.path[0]));
        const target = await ctx.db
          .selectFrom('units')
          .select('path')
          .where('id', '=', request.query.unitId)
          .executeTakeFirst();
        if (!target || !roots.has(target.path[0]))
          throw new NotFoundError(`No unit ${request.query.unitId}.`);
        const items = (await usersAt(ctx, [request.query.unitId]))
          .filter((u) => !u.isDisabled)
          .map((u) => ({ id: u.id, fullName: u.fullName, roles: u.roles ?? [] }));
        return { items, total: items.length };
      },
    );

    app.get(
      '/api/users',
      {
        schema: {
          tags: ['users'],
          summary: 'Users of the units the caller administers',
          querystring: z.strictObject({ unitId: Id.optional(), ...Paging }),
          response: { 200: listOf(User) },
        },
      },
      async (request) => {
        const staff = requireStaff(request);
        const managed = [
          ...new Set(
            staff.roles
              .filter((g) => g.role === 'unit-admin' || g.role === 'province-admin')
              .flatMap((g) => g.unitIds),
          ),
        ];
        if (managed.length === 0) throw new ForbiddenError('Only administrators manage users.');
        const unitIds =
          request.query.unitId === undefined ? managed : managed.filter((u) => u === request.query.unitId);
        if (request.query.unitId !== undefined && unitIds.length === 0)
          throw new ForbiddenError('You do not administer that unit.');
        const all = (await usersAt(ctx, unitIds)).map((u) => ({ ...u, roles: u.roles ?? [] }));
        const { page, pageSize } = request.query;
        return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length };
      },
    );

    app.post(
      '/api/users',
      {
        schema: {
          tags: ['users'],
          summary: 'Create a staff account with one role at one unit',
          body: z.strictObject({
            username: z.string().trim().min(3).max(64),
            fullName: z.string().trim().min(1).max(200),
            password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
            role: StaffRole,
            unitId: Id,
          }),
          response: { 201: User },
        },
      },
      async (request, reply) => {
        const staff = requireStaff(request);
        const b = request.body;
        assertAllowed(canGrantRole(staff, b.role, b.unitId), 'You may not create that role at that unit.');
        const unit = await ctx.db
          .selectFrom('units')
          .select('code')
          .where('id', '=', b.unitId)
          .executeTakeFirstOrThrow();
        const { id } = await addUser({
          db: ctx.db,
          username: b.username,
          password: b.password,
          role: b.role,
          unitCode: unit.code,
          fullName: b.fullName,
          audit: {
            actorId: staff.id,
            actorName: staff.fullName,
            action: 'user.create',
            target: b.username,
            detail: { role: b.role, unitId: b.unitId },
            ip: request.ip,
          },
        });
        const [created] = (await usersAt(ctx, [b.unitId])).filter((u) => u.id === id);
        return reply.status(201).send({
          ...(created ?? { id, username: b.username, fullName: b.fullName, isDisabled: false }),
          roles: created?.roles ?? [],
        });
      },
    );

    app.patch(
      '/api/users/:id',
      {
        schema: {
          tags: ['users'],
          summary: 'Disable or enable an account, rename it, or set a new password',
          params: z.object({ id: Id }),
          body: z
            .strictObject({
              isDisabled: z.boolean().optional(),
              fullName: z.string().trim().min(1).max(200).optional(),
              password: z.string().min(MIN_PASSWORD_LENGTH).max(200).optional(),
            })
            // An update of nothing has no SQL to it.
            .refine((b) => Object.values(b).some((v) => v !== undefined), {
              message: 'give isDisabled, fullName or password',
            }),
          response: { 200: User },
        },
      },
      async (request) => {
        const staff = requireStaff(request);
        const roles = await ctx.db
          .selectFrom('user_roles')
          .select(['role', 'unit_id'])
          .where('user_id', '=', request.params.id)
          .execute();
        if (roles.length === 0) throw new NotFoundError(`No user ${request.params.id}.`);
        assertAllowed(
          roles.every((r) => canGrantRole(staff, r.role as z.infer<typeof StaffRole>, r.unit_id)),
          'You do not administer all of this user’s units.',
        );
        const b = request.body;
        await ctx.db.transaction().execute(async (tx) => {
          await tx
            .updateTable('users')
            .set({
              ...(b.isDisabled !== undefined ? { is_disabled: b.isDisabled } : {}),
              ...(b.fullName ? { full_name: b.fullName.normalize('NFC') } : {}),
              ...(b.password
                ? { password_hash: await hashPassword(b.password), failed_logins: 0, locked_until: null }
                : {}),
            })
            .where('id', '=', request.params.id)
            .execute();
          // A disabled account or a new password ends every open session of that user.
          if (b.isDisabled || b.password)
            await tx.deleteFrom('sessions').where('user_id', '=', request.params.id).execute();
          await writeAudit(tx, {
            actorId: staff.id,
            actorName: staff.fullName,
            action: 'user.update',
            target: String(request.params.id),
            detail: {
              isDisabled: b.isDisabled ?? null,
              fullName: b.fullName ?? null,
              passwordChanged: Boolean(b.password),
            },
            ip: request.ip,
          });
        });
        const unitIds = roles.map((r) => r.unit_id);
        const [user] = (await usersAt(ctx, unitIds)).filter((u) => u.id === request.params.id);
        if (!user) throw new NotFoundError(`No user ${request.params.id}.`);
        return { ...user, roles: user.roles ?? [] };
      },
    );
  };
