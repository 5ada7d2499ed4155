import type { Locale, SiteSettings } from '@forum/shared';
import { absoluteUrl, siteUrl } from './site-url';

/** schema.org Organization for the Forum itself (the home page), from the global settings. */
export function forumOrganizationJsonLd(settings: SiteSettings, locale: Locale, origin = siteUrl) {
  const contact = settings.contact;
  const shareImage = settings.defaultSeo?.shareImage;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': `${origin}/#organization`,
    name: settings.siteName,
    url: absoluteUrl(`/${locale}`, origin),
    ...(settings.tagline ? { slogan: settings.tagline } : {}),
    ...(settings.footerText ? { description: settings.footerText } : {}),
    ...(shareImage ? { logo: absoluteUrl(shareImage.url, origin) } : {}),
    ...(contact?.email ? { email: contact.email } : {}),
    ...(contact?.phone ? { telephone: contact.phone } : {}),
    ...(contact?.address ? { address: { '@type': 'PostalAddress', streetAddress: contact.address, addressLocality: locale === 'ru' ? 'Санкт-Петербург' : 'St Petersburg', addressCountry: 'RU' } } : {}),
    ...(contact?.website ? { sameAs: [contact.website] } : {}),
    areaServed: { '@type': 'City', name: locale === 'ru' ? 'Санкт-Петербург' : 'St Petersburg' },
  };
}
