import type { Core } from '@strapi/strapi';
import { publishedOnlyForPublic } from './access/published-only';
import { forgetEditionsOnChange } from './catalogue/editions';
import { arrangeAdminLists } from './bootstrap/admin-layouts';
import { arrangeAdminRoles } from './bootstrap/admin-roles';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { keepIdleConnectionsOpen } from './bootstrap/keep-alive';
import { gatherQueryStatistics } from './bootstrap/query-statistics';
import { indexPublishedLists } from './bootstrap/published-list-indexes';
import { indexSearchText } from './bootstrap/search-indexes';
import { ensureLocales } from './bootstrap/locales';
import { grantApiAccess } from './bootstrap/public-permissions';
import { useOutboxUnlessSmtp } from './email/outbox';
import { keepEndorsementsWhole } from './endorsements/rules';
import { inviteRepresentatives } from './moderation/invitations';
import { reviewMembershipApplications } from './moderation/membership-applications';
import { reviewNewsSubmissions } from './moderation/news-submissions';
import { reviewProfileChanges } from './moderation/profile-changes';
import { notifyWebOfChanges } from './revalidation/notify-web';
import { backfillSearchText, keepSearchTextUpToDate } from './search/search-text';
import { seedDemoContent } from './seed';
import { generateLatinSlugs } from './slugs/latin-slugs';
import { keepOldSlugs } from './slugs/redirects';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(publishedOnlyForPublic(strapi));
    strapi.documents.use(notifyWebOfChanges(strapi));
    strapi.documents.use(keepSearchTextUpToDate(strapi));
    strapi.documents.use(reviewNewsSubmissions(strapi));
    strapi.documents.use(reviewProfileChanges(strapi));
    strapi.documents.use(reviewMembershipApplications(strapi));
    strapi.documents.use(inviteRepresentatives(strapi));
    strapi.documents.use(keepEndorsementsWhole(strapi));
    strapi.documents.use(keepOldSlugs(strapi));
    strapi.documents.use(forgetEditionsOnChange(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    keepIdleConnectionsOpen(strapi);
    await ensureLocales(strapi);
    await grantApiAccess(strapi);
    useOutboxUnlessSmtp(strapi);
    await ensureFirstAdmin(strapi);
    await arrangeAdminLists(strapi);
    await arrangeAdminRoles(strapi);
    generateLatinSlugs(strapi);
    if (process.env.SEED_DEMO_CONTENT === 'true') await seedDemoContent(strapi);
    await backfillSearchText(strapi);
    await indexSearchText(strapi);
    await indexPublishedLists(strapi);
    gatherQueryStatistics(strapi);
  },
};
