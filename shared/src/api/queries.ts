// The questions the portal asks the CMS, each one request, so pages can ask them in parallel.
import type { CmsClient } from './client';
import type { Locale } from '../types/strapi';
import type { SiteSettings } from '../types/content';
import { presets, withLocalizations } from './presets';

export function getSiteSettings(cms: CmsClient, locale: Locale) {
  return cms.single<SiteSettings>('global', { locale, ...presets.siteSettings });
}

export function listSectors(cms: CmsClient, locale: Locale) {
  return cms.findAll('sectors', { locale, sort: ['order:asc', 'name:asc'], ...presets.sectorCard });
}

export async function listUpcomingEvents(cms: CmsClient, locale: Locale, now: Date, limit: number) {
  const page = await cms.find('events', {
    locale,
    filters: { startsAt: { $gte: now.toISOString() } },
    sort: ['startsAt:asc'],
    pagination: { page: 1, pageSize: limit },
    ...presets.eventCard,
  });
  return page.data;
}

export async function listLatestNews(cms: CmsClient, locale: Locale, limit: number) {
  const page = await cms.find('news-articles', {
    locale,
    sort: ['date:desc'],
    pagination: { page: 1, pageSize: limit },
    ...presets.newsCard,
  });
  return page.data;
}

export async function listFeaturedAssociations(cms: CmsClient, locale: Locale, limit: number) {
  const page = await cms.find('associations', {
    locale,
    filters: { featured: { $eq: true } },
    sort: ['name:asc'],
    pagination: { page: 1, pageSize: limit },
    ...presets.associationCard,
  });
  return page.data;
}

/** How many published associations the catalogue holds (for the headline figures). */
export function countAssociations(cms: CmsClient, locale: Locale) {
  return cms.count('associations', { locale });
}

/** A standalone page (About, Partners, Contacts) by its slug in that language, with its other-language slugs; null when missing. */
export function findPageBySlug(cms: CmsClient, locale: Locale, slug: string) {
  return cms.findFirst('pages', {
    locale,
    filters: { slug: { $eq: slug } },
    fields: presets.pageView.fields,
    populate: { ...presets.pageView.populate, ...withLocalizations },
  });
}

/** Every page's title and slug in one language, with its other-language slugs (for menus and static params). */
export function listPageLinks(cms: CmsClient, locale: Locale) {
  return cms.findAll('pages', { locale, sort: ['title:asc'], ...presets.pageLink, populate: withLocalizations });
}
