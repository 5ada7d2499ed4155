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
const noSuchVolume = {
  ru: (volumes: number) => `Такого тома нет: томов в каталоге — ${volumes}.`,
  en: (volumes: number) => `There is no such volume: the catalogue has ${volumes}.`,
};

export default {
  async pdf(ctx: Context) {
    const { locale, sector, volume } = parseInput(catalogueEditionQuerySchema, ctx.query, requestLocale(ctx));
    const edition = await makeCatalogue(strapi, locale, { sectorSlug: sector, volume });
    if ('missing' in edition) throw new errors.NotFoundError(edition.missing === 'sector' ? noSuchSector[locale] : noSuchVolume[locale](edition.volumes));
    ctx.set('Content-Type', 'application/pdf');
    ctx.set('Content-Disposition', `inline; filename="${edition.fileName}"`);
    ctx.set('Last-Modified', new Date(edition.madeAt).toUTCString());
    ctx.set('X-Catalogue-Entries', String(edition.entries));
    ctx.set('X-Catalogue-Volume', String(edition.volume));
    ctx.set('X-Catalogue-Volumes', String(edition.volumes));
    ctx.body = edition.pdf;
  },
};
