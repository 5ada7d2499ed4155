// schema.org/Organization for an association's profile (put into the page with serializeJsonLd).
import type { Association, Locale } from '@forum/shared';
import { absoluteUrl } from './site-url';

const city: Record<Locale, string> = { ru: 'Санкт-Петербург', en: 'St Petersburg' };

/** What search engines may know about an association: who, where, how to reach it, and its other pages. */
export function associationJsonLd(association: Association, siteUrl: string, locale: Locale): Record<string, unknown> {
  const origin = siteUrl.replace(/\/+$/, '');
  const url = `${origin}/${locale}/associations/${association.slug}`;
  const sameAs = [association.website, ...(association.socialLinks ?? []).map((link) => link.url)].filter((link): link is string => Boolean(link));
  const address = association.address
    ? { '@type': 'PostalAddress', streetAddress: association.address, addressLocality: city[locale], addressCountry: 'RU' }
    : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${url}#organization`,
    name: association.name,
    url,
    description: association.shortDescription ?? undefined,
    logo: association.logo ? absoluteUrl(association.logo.url, origin) : undefined,
    email: association.email ?? undefined,
    telephone: association.phone ?? undefined,
    foundingDate: association.foundedYear ? String(association.foundedYear) : undefined,
    address,
    location: association.location
      ? { '@type': 'Place', address, geo: { '@type': 'GeoCoordinates', latitude: association.location.latitude, longitude: association.location.longitude } }
      : undefined,
    knowsAbout: (association.sectors ?? []).map((sector) => sector.name),
    sameAs: sameAs.length > 0 ? sameAs : undefined,
  };
}
