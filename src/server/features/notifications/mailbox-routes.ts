// The development mailbox: with no SMTP server configured, the emails motcua would have sent are
// kept in the database and shown here to administrators, each the mail of the dossiers of their
// units (it holds citizens' addresses and lookup keys).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ExpressionBuilder } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import type { AppContext } from '../../http/context.ts';
import { NotFoundError } from '../../http/problem.ts';
import { Id, Paging } from '../../http/schemas.ts';
import { requireStaff } from '../auth/auth-plugin.ts';
import { administeredUnitIds, assertAllowed, mailboxScope } from '../auth/policy.ts';
import type { Staff } from '../auth/staff.ts';

const isAdmin = (s: Staff) => administeredUnitIds(s).length > 0;

/** The caller's mail: about a dossier of a unit they administer (another unit's mail answers 404). */
function visibleMail(staff: Staff) {
  const scope = mailboxScope(staff);
  return (eb: ExpressionBuilder<Database, 'mail_messages'>) =>
    eb.or([
      eb(
        'mail_messages.dossier_id',
        'in',
        eb
          .selectFrom('dossiers as d')
          .select('d.id')
          .where((d) =>
            d.or([
              d('d.receiving_unit_id', 'in', scope.unitIds),
              d('d.resolving_unit_id', 'in', scope.unitIds),
              d('d.current_unit_id', 'in', scope.unitIds),
            ]),
          ),
      ),
      ...(scope.withoutDossier ? [eb('mail_messages.dossier_id', 'is', null)] : []),
    ]);
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch,
  );

export const mailboxRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/mailbox',
      {
        schema: {
          tags: ['operations'],
          summary: 'Emails kept or sent, newest first (administrators; the development mailbox)',
          querystring: z.strictObject({ ...Paging }),
        },
      },
      async (request) => {
        const staff = requireStaff(request);
        assertAllowed(isAdmin(staff), 'Only administrators read the mailbox.');
        const { page, pageSize } = request.query;
        const items = await ctx.db
          .selectFrom('mail_messages')
          .where(visibleMail(staff))
          .select([
            'id',
            'to_address as to',
            'subject',
            'transport',
            'created_at as createdAt',
            'text_body as text',
          ])
          .orderBy('id', 'desc')
          .limit(pageSize)
          .offset((page - 1) * pageSize)
          .execute();
        const total = await ctx.db
          .selectFrom('mail_messages')
          .where(visibleMail(staff))
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        return { items, total: Number(total.n), smtpConfigured: Boolean(ctx.config.smtpUrl) };
      },
    );

    app.get(
      '/dev/mailbox',
      { schema: { hide: true, querystring: z.strictObject({ id: Id.optional() }) } },
      async (request, reply) => {
        const staff = requireStaff(request);
        assertAllowed(isAdmin(staff), 'Only administrators read the mailbox.');
        if (request.query.id !== undefined) {
          const m = await ctx.db
            .selectFrom('mail_messages')
            .select('html_body')
            .where('id', '=', request.query.id)
            .where(visibleMail(staff))
            .executeTakeFirst();
          if (!m) throw new NotFoundError('No such message.');
          // The message's own HTML, sandboxed: no scripts, no requests.
          return reply
            .type('text/html; charset=utf-8')
            .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
            .send(m.html_body);
        }
        const rows = await ctx.db
          .selectFrom('mail_messages')
          .select(['id', 'to_address', 'subject', 'transport', 'created_at'])
          .where(visibleMail(staff))
          .orderBy('id', 'desc')
          .limit(200)
          .execute();
        const list = rows
          .map(
            (r) =>
              `<tr><td>${r.created_at.toISOString()}</td><td>${escapeHtml(r.to_address)}</td><td><a href="?id=${r.id}">${escapeHtml(r.subject)}</a></td><td>${r.transport}</td></tr>`,
          )
          .join('\n');
        return reply
          .type('text/html; charset=utf-8')
          .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
          .send(
            `<!doctype html><html lang="vi"><meta charset="utf-8"><title>Hộp thư phát triển</title>` +
              `<body style="font-family:sans-serif"><h1>Hộp thư phát triển (${ctx.config.smtpUrl ? 'SMTP đang bật' : 'chưa cấu hình SMTP: thư được giữ lại'})</h1>` +
              `<table border="1" cellpadding="4"><tr><th>Thời gian</th><th>Người nhận</th><th>Tiêu đề</th><th>Gửi qua</th></tr>${list}</table></body></html>`,
          );
      },
    );
  };
