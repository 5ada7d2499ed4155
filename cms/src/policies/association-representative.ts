// The one rule of association accounts: a representative acts for their own association only.
// The association comes from the logged-in user, never from the request; a route about one record
// (`config.record`: its content type, the record's documentId in `:id`) reaches only a record of
// that association; any other is answered as if it did not exist.
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { accessMessages } from '../access/messages';
import { requestLocale } from '../access/request-locale';

export interface RepresentedAssociation {
  id: number;
  documentId: string;
  name: string;
  slug: string;
}

interface PolicyContext {
  state: { user?: { id: number }; association?: RepresentedAssociation; record?: Record<string, unknown> };
  params: Record<string, string>;
  query?: Record<string, unknown>;
  get?: (header: string) => string;
}

export default async (policyContext: PolicyContext, config: { record?: UID.ContentType } | undefined, { strapi }: { strapi: Core.Strapi }) => {
  const messages = accessMessages[requestLocale(policyContext)];
  const userId = policyContext.state.user?.id;
  const user = userId
    ? await strapi.db.query('plugin::users-permissions.user').findOne({
        where: { id: userId, blocked: false },
        populate: { association: { select: ['id', 'documentId', 'name', 'slug'] } },
      })
    : null;
  if (!user?.association) throw new errors.PolicyError(messages.notRepresentative);
  const association = user.association as RepresentedAssociation;
  policyContext.state.association = association;

  if (config?.record) {
    const record = await strapi.db.query(config.record).findOne({
      where: { documentId: policyContext.params.id },
      populate: { association: { select: ['documentId'] } },
    });
    if (!record || record.association?.documentId !== association.documentId) throw new errors.NotFoundError(messages.notFound);
    policyContext.state.record = record;
  }
  return true;
};
