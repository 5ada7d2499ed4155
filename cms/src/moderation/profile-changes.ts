// Approving a proposed profile change writes it into the association's profile and publishes it;
// the representative is told either way.
import type { Locale, ProfileChangeData } from '@forum/shared';
import type { Core } from '@strapi/strapi';
import { textToBlocks } from '../content/blocks';
import { mails } from '../email/messages';
import { sendMail } from '../email/send';
import { reviewOf, type ReviewedRecord } from './review';

interface ProfileChange extends ReviewedRecord {
  locale: Locale;
  changes: Omit<ProfileChangeData, 'locale'>;
  association?: { documentId: string; name: string } | null;
  submittedBy?: { email: string; language: Locale | null } | null;
}

const uid = 'api::profile-change.profile-change';

/** The association's fields that differ per language: the others are shared by both. */
const localizedFields = new Set(['name', 'shortDescription', 'description', 'address', 'problems', 'needs']);

async function applyChange(strapi: Core.Strapi, change: ProfileChange) {
  const documentId = change.association?.documentId;
  if (!documentId) throw new Error('profile change without an association');
  const { sectors, description, note: _note, ...fields } = change.changes;
  const sectorIds = sectors
    ? (await strapi.documents('api::sector.sector').findMany({ locale: 'ru', filters: { slug: { $in: sectors } }, fields: ['slug'] })).map((sector) => sector.documentId)
    : undefined;
  const data = {
    ...fields,
    ...(description === undefined ? {} : { description: textToBlocks(description) }),
    ...(sectorIds ? { sectors: sectorIds } : {}),
  };
  const associations = strapi.documents('api::association.association');
  await associations.update({ documentId, locale: change.locale, data: data as never });
  // Shared fields changed: every language's public profile shows them.
  const sharedChanged = Object.keys(data).some((field) => !localizedFields.has(field));
  await associations.publish({ documentId, locale: sharedChanged ? '*' : change.locale });
}

export function reviewProfileChanges(strapi: Core.Strapi) {
  return reviewOf<ProfileChange>(strapi, uid, {
    load: (documentId) =>
      strapi.documents(uid).findOne({
        documentId,
        populate: { association: { fields: ['documentId', 'name'] }, submittedBy: { fields: ['email', 'language'] } },
      }) as Promise<ProfileChange | null>,
    async approve(change) {
      await applyChange(strapi, change);
      return {};
    },
    async notify(change, decision, reason) {
      const to = change.submittedBy;
      if (!to?.email) return;
      await sendMail(strapi, to.email, mails.profileChangeDecided(to.language ?? change.locale, change.association?.name ?? '', decision === 'approved', reason));
    },
  });
}
