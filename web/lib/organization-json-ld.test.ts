import type { SiteSettings } from '@forum/shared';
import { forumOrganizationJsonLd } from './organization-json-ld';

const settings: SiteSettings = {
  id: 3,
  documentId: 'g1',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  publishedAt: '2025-01-01T00:00:00.000Z',
  siteName: 'St Petersburg Creative Industries Forum',
  tagline: 'Working together',
  footerText: null,
  catalogueIntro: null,
  contact: { id: 1, email: 'info@forum.example', phone: '+7 812 000-00-00', address: 'Nevsky 1', website: 'https://forum.example' },
  defaultSeo: { id: 1, metaTitle: null, metaDescription: null, shareImage: null },
};

describe('forumOrganizationJsonLd', () => {
  it('describes the Forum with its contacts and its home page in the visitor language', () => {
    expect(forumOrganizationJsonLd(settings, 'en', 'https://portal.example')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': 'https://portal.example/#organization',
      name: 'St Petersburg Creative Industries Forum',
      url: 'https://portal.example/en',
      slogan: 'Working together',
      email: 'info@forum.example',
      telephone: '+7 812 000-00-00',
      address: { '@type': 'PostalAddress', streetAddress: 'Nevsky 1', addressLocality: 'St Petersburg', addressCountry: 'RU' },
      sameAs: ['https://forum.example'],
      areaServed: { '@type': 'City', name: 'St Petersburg' },
    });
  });

  it('leaves out what the editors have not filled in, and makes the share image absolute', () => {
    const bare = forumOrganizationJsonLd(
      { ...settings, tagline: null, contact: null, defaultSeo: { id: 1, metaTitle: null, metaDescription: null, shareImage: { url: '/uploads/share.png' } as never } },
      'ru',
      'https://portal.example',
    );
    expect(bare).not.toHaveProperty('email');
    expect(bare).not.toHaveProperty('address');
    expect(bare).toMatchObject({ url: 'https://portal.example/ru', logo: 'https://portal.example/uploads/share.png', areaServed: { name: 'Санкт-Петербург' } });
  });
});
