// An endorsement, however it is made (from an account or by an editor in the admin, e.g. for an
// association that signed at a session), names one paper and one association, once, and says when.
// Checked after the write inside one transaction, so that a refused one is never stored.
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { endorsementRecords, endorsementUid } from './records';

// The admin is used in Russian and English: its messages say both.
const messages = {
  incomplete: 'Укажите и документ, и объединение. / Choose both the policy paper and the association.',
  duplicate: 'Это объединение уже поддержало этот документ. / This association already endorses this paper.',
};

export function keepEndorsementsWhole(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== endorsementUid || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { data?: Record<string, unknown> };
    if (context.action === 'create' && !params.data?.endorsedAt) params.data = { ...params.data, endorsedAt: new Date().toISOString() };

    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId;
      if (!documentId) return result;
      const [record] = await endorsementRecords(strapi, { documentId });
      if (!record?.policyPaper || !record.association) throw new errors.ValidationError(messages.incomplete);
      const same = await endorsementRecords(strapi, { policyPaper: { documentId: record.policyPaper }, association: { documentId: record.association } });
      if (same.length > 1) throw new errors.ValidationError(messages.duplicate);
      return result;
    });
  };
}
