import { slugRedirectQuerySchema } from '@forum/shared';
import { errors } from '@strapi/utils';
import { parseInput } from '../../../access/parse-input';
import { requestLocale } from '../../../access/request-locale';
import { currentSlugOf } from '../../../slugs/redirects';

const notMoved = { ru: 'По этому адресу ничего не было.', en: 'Nothing was at this address.' };

export default {
  /** GET /api/slug-redirects/resolve?collection=&locale=&slug= : the item's slug now, or 404. */
  async resolve(ctx: { query: Record<string, unknown>; get: (header: string) => string; body: unknown }) {
    const { collection, locale, slug } = parseInput(slugRedirectQuerySchema, ctx.query, requestLocale(ctx));
    const current = await currentSlugOf(strapi, collection, locale, slug);
    if (!current) throw new errors.NotFoundError(notMoved[locale]);
    ctx.body = { data: { slug: current } };
  },
};
