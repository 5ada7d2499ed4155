// What each view asks the CMS for: named for the view, never `populate=*` (slow and leaky).
import type { QueryParams } from './query-string';

const image = { fields: ['url', 'alternativeText', 'width', 'height', 'formats', 'mime', 'name', 'size', 'ext', 'caption'] };
const sectorLink = { fields: ['name', 'slug', 'icon'] };
const associationLink = { fields: ['name', 'slug'] };

export const presets = {
  sectorCard: {
    fields: ['name', 'slug', 'description', 'icon', 'order'],
  },
  associationCard: {
    fields: ['name', 'slug', 'shortDescription', 'kind', 'allianceMembership'],
    populate: { sectors: sectorLink, logo: image },
  },
  eventCard: {
    fields: ['title', 'slug', 'kind', 'summary', 'startsAt', 'endsAt', 'venueName', 'registrationOpen'],
    populate: { sectors: sectorLink },
  },
  newsCard: {
    fields: ['title', 'slug', 'summary', 'date', 'source'],
    populate: { cover: image, association: associationLink, sectors: sectorLink },
  },
  pageView: {
    fields: ['title', 'slug', 'body'],
    populate: { seo: { populate: { shareImage: image } } },
  },
  pageLink: {
    fields: ['title', 'slug'],
  },
  siteSettings: {
    populate: { contact: true, partners: { populate: { logo: image } }, defaultSeo: { populate: { shareImage: image } } },
  },
} satisfies Record<string, QueryParams>;

/** Asks for the other languages' slugs of a document, for the language switch. */
export const withLocalizations = { localizations: { fields: ['slug', 'locale'] } };
