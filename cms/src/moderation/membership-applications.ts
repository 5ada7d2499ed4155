// Approving an application to join creates the association, unpublished for the editors to
// complete, and its representative's account, which is then invited (see invitations.ts).
// A rejected applicant is told why.
import { locales, type Locale } from '@forum/shared';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { textToBlocks } from '../content/blocks';
import { mails } from '../email/messages';
import { sendMail } from '../email/send';
import { reviewOf, type ReviewedRecord } from './review';
import { uniqueSlug } from '../slugs/unique';

interface MembershipApplication extends ReviewedRecord {
  locale: Locale;
  name: string;
  kind: string;
  description: string;
  contactName: string;
  email: string;
  phone?: string | null;
  website?: string | null;
  sectors?: { documentId: string }[];
}

const uid = 'api::membership-application.membership-application';

export function reviewMembershipApplications(strapi: Core.Strapi) {
  return reviewOf<MembershipApplication>(strapi, uid, {
    load: (documentId) => strapi.documents(uid).findOne({ documentId, populate: { sectors: { fields: ['documentId'] } } }) as Promise<MembershipApplication | null>,
    async approve(application) {
      const users = strapi.documents('plugin::users-permissions.user');
      const email = application.email.toLowerCase();
      if (await users.findFirst({ filters: { email }, fields: ['email'] })) {
        throw new errors.ValidationError(
          `У адреса ${email} уже есть аккаунт: свяжите его с объединением в разделе User. / ${email} already has an account: link it to the association under User.`,
        );
      }
      // Both languages get the applicant's texts, for the editors to translate: news and users can
      // then link to the association whatever their language.
      const associations = strapi.documents('api::association.association');
      const dataIn = async (locale: Locale) => ({
        name: application.name,
        slug: await uniqueSlug(strapi, 'api::association.association', locale, application.name),
        shortDescription: application.description.slice(0, 300),
        description: textToBlocks(application.description),
        kind: application.kind,
        sectors: application.sectors?.map((sector) => sector.documentId) ?? [],
        website: application.website ?? undefined,
        phone: application.phone ?? undefined,
        allianceMembership: 'candidate',
      });
      const association = await associations.create({ locale: application.locale, data: (await dataIn(application.locale)) as never });
      for (const locale of locales.filter((other) => other !== application.locale)) {
        await associations.update({ documentId: association.documentId, locale, data: (await dataIn(locale)) as never });
      }
      const user = await users.create({
        data: { username: email, email, provider: 'local', confirmed: false, blocked: false, association: association.documentId, language: application.locale } as never,
      });
      return {
        data: { association: association.documentId },
        undo: async () => {
          await users.delete({ documentId: user.documentId });
          await associations.delete({ documentId: association.documentId, locale: '*' });
        },
      };
    },
    async notify(application, decision, reason) {
      // An approved applicant gets the invitation to their account instead.
      if (decision === 'rejected') await sendMail(strapi, application.email, mails.applicationRejected(application.locale, application.name, reason ?? ''));
    },
  });
}
