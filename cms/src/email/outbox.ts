// Where e-mail goes when no mail server is configured (npm start, the tests): each message is a
// JSON file in MAIL_OUTBOX_DIR (cms/.tmp/mail by default), for a developer to read and a test to
// check. With SMTP_HOST set, config/plugins.ts sends through that server instead.
import { promises as fs } from 'node:fs';
import type { Core } from '@strapi/strapi';
import path from 'node:path';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  from?: string;
  replyTo?: string;
}

export const outboxDir = () => path.resolve(process.env.MAIL_OUTBOX_DIR ?? path.join(process.cwd(), '.tmp', 'mail'));

export function outboxProvider() {
  return {
    async send(mail: OutgoingMail) {
      const dir = outboxDir();
      await fs.mkdir(dir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}.json`;
      await fs.writeFile(path.join(dir, name), `${JSON.stringify({ ...mail, sentAt: new Date().toISOString() }, null, 2)}\n`);
    },
  };
}

/** Without SMTP_HOST, Strapi's e-mail plugin writes to the outbox instead of its default sendmail. */
export function useOutboxUnlessSmtp(strapi: Core.Strapi) {
  if (!process.env.SMTP_HOST) strapi.plugin('email').provider = outboxProvider();
}
