import { catalogueEditionInfoQuerySchema, catalogueEditionQuerySchema, type Locale } from '@forum/shared';
import { errors } from '@strapi/utils';
import { parseInput } from '../../../access/parse-input';
import { requestLocale } from '../../../access/request-locale';
import type { MissingEdition } from '../../../catalogue/edition';
import { catalogueEdition, editionInfo } from '../../../catalogue/editions';

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

const notFound = (missing: MissingEdition, locale: Locale) =>
  new errors.NotFoundError(missing.missing === 'sector' ? noSuchSector[locale] : noSuchVolume[locale](missing.volumes));

export default {
  async pdf(ctx: Context) {
    const { locale, sector, volume } = parseInput(catalogueEditionQuerySchema, ctx.query, requestLocale(ctx));
    const edition = await catalogueEdition(strapi, locale, { sectorSlug: sector, volume });
    if ('missing' in edition) throw notFound(edition, locale);
    ctx.set('Content-Type', 'application/pdf');
    ctx.set('Content-Disposition', `inline; filename="${edition.fileName}"`);
    ctx.set('Last-Modified', new Date(edition.madeAt).toUTCString());
    ctx.set('X-Catalogue-Entries', String(edition.entries));
    ctx.set('X-Catalogue-Volume', String(edition.volume));
    ctx.set('X-Catalogue-Volumes', String(edition.volumes));
    ctx.body = edition.pdf;
  },

  async edition(ctx: Context) {
    const { locale, sector } = parseInput(catalogueEditionInfoQuerySchema, ctx.query, requestLocale(ctx));
    const info = await editionInfo(strapi, locale, sector);
    if ('missing' in info) throw notFound(info, locale);
    ctx.body = { data: info };
  },
};
