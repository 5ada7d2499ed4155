// Invitations and password resets are the same link: a one-time code stored on the user (Strapi's
// resetPasswordToken) that lets its holder set the password, for a limited time.
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';

/** How long a password link works. */
export const passwordLinkHours = 72;

/** A new link is sent to an address at most this often, whoever asks: nobody can flood someone's mailbox with them. */
export const passwordLinkMinutesApart = 5;

/** Whether the user may be sent a new link now (none was issued in the last few minutes). */
export function mayIssuePasswordCode(user: { passwordTokenIssuedAt?: string | Date | null }): boolean {
  const issuedAt = user.passwordTokenIssuedAt ? new Date(user.passwordTokenIssuedAt).getTime() : 0;
  return Date.now() - issuedAt >= passwordLinkMinutesApart * 60 * 1000;
}

/** A new code for the user (any earlier one stops working). */
export async function issuePasswordCode(strapi: Core.Strapi, userId: number): Promise<string> {
  const code = randomBytes(32).toString('hex');
  await strapi.db.query('plugin::users-permissions.user').update({ where: { id: userId }, data: { resetPasswordToken: code, passwordTokenIssuedAt: new Date() } });
  return code;
}

/** The user the code was issued to, while it works; null otherwise. */
export async function userOfPasswordCode(strapi: Core.Strapi, code: string): Promise<{ id: number; email: string } | null> {
  const user = await strapi.db
    .query('plugin::users-permissions.user')
    .findOne({ where: { resetPasswordToken: code, blocked: false }, select: ['id', 'email', 'passwordTokenIssuedAt'] });
  const issuedAt = user?.passwordTokenIssuedAt ? Date.parse(user.passwordTokenIssuedAt) : 0;
  return user && Date.now() - issuedAt <= passwordLinkHours * 3600 * 1000 ? user : null;
}
