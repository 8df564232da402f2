// Sends the outbox: each row in its own transaction, locked with FOR UPDATE SKIP LOCKED so that
// several app processes share the work and never take the same row. A row is marked sent in the
// transaction that sent it; a failure is retried with exponential backoff and survives restarts.
// SMTP cannot be exactly-once across a crash between the server's "250 OK" and our commit: then the
// message is sent again with the same Message-ID, which mail systems use to drop duplicates.

import { sql } from 'kysely';
import nodemailer from 'nodemailer';
import type { Db } from '../../db/database.ts';
import type { CalendarCache } from '../calendar/calendar-cache.ts';
import { renderDossierForm } from '../dossiers/dossier-forms.ts';
import { loadDossierViewForSystem } from '../dossiers/dossier-view.ts';
import { type Language, renderEmail } from './email-templates.ts';

export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  attachments: { filename: string; content: Buffer; contentType: string }[];
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function smtpMailer(url: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(mail) {
      await transport.sendMail({ ...mail, headers: { 'Auto-Submitted': 'auto-generated' } });
    },
    close: () => transport.close(),
  };
}

export interface OutboxWorkerOptions {
  db: Db;
  calendars: CalendarCache;
  /** null: keep the messages in the database (the development mailbox) */
  mailer: Mailer | null;
  publicUrl: string;
  from: string;
  log?: (message: string) => void;
  pollMs?: number;
}

/** Seconds to wait after the n-th failure: 5 s, 10 s, 20 s … at most an hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(3600, 5 * 2 ** Math.max(0, attempts - 1));
}

export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(private readonly o: OutboxWorkerOptions) {}

  start(): void {
    const tick = () => {
      if (this.stopped) return;
      this.running = this.drain()
        .catch((error: unknown) => this.o.log?.(`outbox: ${(error as Error).message}`))
        .finally(() => {
          if (!this.stopped) this.timer = setTimeout(tick, this.o.pollMs ?? 1000);
        });
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Processes due rows until none is left; answers how many were handled. */
  async drain(limit = 500): Promise<number> {
    let handled = 0;
    while (handled < limit && (await this.processOne())) handled++;
    return handled;
  }

  /** Handles one due row; false when there was none. */
  async processOne(): Promise<boolean> {
    let failed: { id: number; attempts: number; error: string } | undefined;
    const found = await this.o.db
      .transaction()
      .execute(async (tx) => {
        const row = await tx
          .selectFrom('outbox')
          .select(['id', 'topic', 'dossier_id', 'payload', 'attempts'])
          .where('sent_at', 'is', null)
          .where('available_at', '<=', sql<Date>`now()`)
          .orderBy('id')
          .limit(1)
          .forUpdate()
          .skipLocked()
          .executeTakeFirst();
        if (!row) return false;
        try {
          const mail = await this.compose(
            row.topic,
            row.dossier_id,
            row.payload as Record<string, unknown>,
            row.id,
          );
          if ('skip' in mail) {
            await tx
              .updateTable('outbox')
              .set({ sent_at: sql`now()`, skipped_reason: mail.skip })
              .where('id', '=', row.id)
              .execute();
            return true;
          }
          await tx
            .insertInto('mail_messages')
            .values({
              outbox_id: row.id,
              dossier_id: row.dossier_id,
              to_address: mail.to,
              subject: mail.subject,
              text_body: mail.text,
              html_body: mail.html,
              attachments: JSON.stringify(
                mail.attachments.map((a) => ({
                  filename: a.filename,
                  contentType: a.contentType,
                  size: a.content.length,
                })),
              ),
              transport: this.o.mailer ? 'smtp' : 'kept',
              message_id: mail.messageId,
            })
            .execute();
          if (this.o.mailer) await this.o.mailer.send(mail);
          await tx
            .updateTable('outbox')
            .set({ sent_at: sql`now()`, attempts: row.attempts + 1, last_error: null })
            .where('id', '=', row.id)
            .execute();
          return true;
        } catch (error) {
          failed = { id: row.id, attempts: row.attempts + 1, error: (error as Error).message.slice(0, 500) };
          throw error;
        }
      })
      .catch((error: unknown) => {
        if (!failed) throw error;
        return true;
      });
    if (failed) {
      const f = failed;
      this.o.log?.(`outbox ${f.id}: attempt ${f.attempts} failed: ${f.error}`);
      await this.o.db
        .updateTable('outbox')
        .set({
          attempts: f.attempts,
          last_error: f.error,
          available_at: sql`now() + make_interval(secs => ${backoffSeconds(f.attempts)})`,
        })
        .where('id', '=', f.id)
        .execute();
    }
    return found;
  }

  private async compose(
    topic: string,
    dossierId: number | null,
    payload: Record<string, unknown>,
    outboxId: number,
  ): Promise<OutgoingMail | { skip: string }> {
    const code = typeof payload.code === 'string' ? payload.code : undefined;
    if (!code || dossierId === null) return { skip: 'no dossier' };
    const view = await loadDossierViewForSystem(this.o.db, this.o.calendars, code);
    let to: string | null | undefined;
    let language: Language = view.applicant.language === 'en' ? 'en' : 'vi';
    if (topic.startsWith('staff.')) {
      const userId = typeof payload.userId === 'number' ? payload.userId : -1;
      to = (await this.o.db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirst())
        ?.email;
      language = 'vi';
    } else {
      to = view.applicant.email;
    }
    if (!to) return { skip: 'no email address' };
    const lookupUrl = `${this.o.publicUrl}/tra-cuu?code=${encodeURIComponent(view.code)}&key=${view.lookupKey}`;
    const rendered = renderEmail(topic, language, {
      view,
      lookupUrl,
      data: (payload.data ?? {}) as Record<string, unknown>,
    });
    if (!rendered) return { skip: `no template for ${topic}` };
    const attachments =
      topic === 'dossier.received'
        ? [
            {
              filename: `giay-tiep-nhan-${view.code}.pdf`,
              contentType: 'application/pdf',
              content: await renderDossierForm({
                db: this.o.db,
                view,
                form: 'receipt',
                publicUrl: this.o.publicUrl,
              }),
            },
          ]
        : [];
    return {
      from: this.o.from,
      to,
      ...rendered,
      messageId: `<outbox-${outboxId}.${view.code}@motcua>`,
      attachments,
    };
  }
}
