import type { Core } from '@strapi/strapi';
import type { Mail } from './messages';

/** Sends one of ./messages through Strapi's e-mail plugin (the outbox folder unless SMTP is configured). */
export async function sendMail(strapi: Core.Strapi, to: string, mail: Mail): Promise<void> {
  await strapi.plugin('email').service('email').send({ to, subject: mail.subject, text: mail.text });
}
