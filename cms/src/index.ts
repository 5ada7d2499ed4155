import type { Core } from '@strapi/strapi';
import { publishedOnlyForPublic } from './access/published-only';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensureLocales } from './bootstrap/locales';
import { grantPublicReadAccess } from './bootstrap/public-permissions';
import { notifyWebOfChanges } from './revalidation/notify-web';
import { backfillSearchText, keepSearchTextUpToDate } from './search/search-text';
import { seedDemoContent } from './seed';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(publishedOnlyForPublic(strapi));
    strapi.documents.use(notifyWebOfChanges(strapi));
    strapi.documents.use(keepSearchTextUpToDate(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await grantPublicReadAccess(strapi);
    await ensureFirstAdmin(strapi);
    if (process.env.SEED_DEMO_CONTENT === 'true') await seedDemoContent(strapi);
    await backfillSearchText(strapi);
  },
};
