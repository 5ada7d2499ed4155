// A user linked to an association is that association's representative: when an editor creates one
// in the admin (or approving an application does), they get the Authenticated role and an
// invitation e-mail with a link to set their password. There is no open registration.
import { randomBytes } from 'node:crypto';
import type { Locale } from '@forum/shared';
import type { Core, Modules } from '@strapi/strapi';
import { issuePasswordCode } from '../accounts/password-link';
import { mails } from '../email/messages';
import { sendMail } from '../email/send';

export function inviteRepresentatives(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== 'plugin::users-permissions.user' || context.action !== 'create') return next();
    const data = (context.params as { data?: Record<string, unknown> }).data;
    if (!data?.association) return next();
    // A representative logs in with e-mail and the password they set from the invitation (users-
    // permissions' "local" provider); whatever password the editor had to type is never valid.
    data.provider ??= 'local';
    data.password = randomBytes(24).toString('base64url');
    if (!data.role) {
      const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' }, select: ['id'] });
      data.role = role?.id;
    }
    const created = (await next()) as { id: number; documentId: string };
    const user = await strapi.db.query('plugin::users-permissions.user').findOne({
      where: { id: created.id },
      select: ['id', 'email', 'language'],
      populate: { association: { select: ['documentId', 'name'] } },
    });
    if (user?.email && user.association) {
      const language = (user.language as Locale | null) ?? 'ru';
      // The association's name in the representative's language, where it has one.
      const named = await strapi.documents('api::association.association').findOne({ documentId: user.association.documentId, locale: language, status: 'draft', fields: ['name'] });
      const code = await issuePasswordCode(strapi, user.id);
      await sendMail(strapi, user.email, mails.invitation(language, named?.name ?? user.association.name, code)).catch((error) =>
        strapi.log.warn(`invitation to ${user.email} not sent: ${String(error)}`),
      );
    }
    return created;
  };
}
