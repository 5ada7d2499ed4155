import type { Locale } from '@forum/shared';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { accessMessages } from '../access/messages';

/** The published sectors named by these slugs, as documentIds; an unknown slug is a 400 on the `sectors` field. */
export async function sectorIdsOf(strapi: Core.Strapi, slugs: string[], locale: Locale): Promise<string[]> {
  if (slugs.length === 0) return [];
  const sectors = await strapi.documents('api::sector.sector').findMany({ locale: 'ru', status: 'published', filters: { slug: { $in: slugs } }, fields: ['slug'] });
  if (sectors.length !== new Set(slugs).size) {
    const message = accessMessages[locale].unknownSectors;
    throw new errors.ValidationError(message, { fields: { sectors: message } });
  }
  return sectors.map((sector) => sector.documentId);
}
