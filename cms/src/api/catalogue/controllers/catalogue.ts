import { catalogueEditionQuerySchema } from '@forum/shared';
import { errors } from '@strapi/utils';
import { parseInput } from '../../../access/parse-input';
import { requestLocale } from '../../../access/request-locale';
import { makeCatalogue } from '../../../catalogue/edition';

interface Context {
  query: Record<string, unknown>;
  get: (header: string) => string;
  set: (header: string, value: string) => void;
  body: unknown;
}

const noSuchSector = { ru: 'Такой отрасли нет в каталоге.', en: 'There is no such sector in the catalogue.' };

export default {
  async pdf(ctx: Context) {
    const { locale, sector } = parseInput(catalogueEditionQuerySchema, ctx.query, requestLocale(ctx));
    const edition = await makeCatalogue(strapi, locale, sector);
    if (!edition) throw new errors.NotFoundError(noSuchSector[locale]);
    ctx.set('Content-Type', 'application/pdf');
    ctx.set('Content-Disposition', `inline; filename="${edition.fileName}"`);
    ctx.set('Last-Modified', new Date(edition.madeAt).toUTCString());
    ctx.set('X-Catalogue-Entries', String(edition.entries));
    ctx.body = edition.pdf;
  },
};
