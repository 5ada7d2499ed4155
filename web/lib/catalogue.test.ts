import { associationAllianceMembershipValues, associationDistrictValues, associationKindValues, pilotProjectStateValues, sharedSocialLinkNetworkValues, type Association } from '@forum/shared';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import { associationJsonLd } from './association-json-ld';
import { catalogueApiHref, catalogueHref, catalogueQueryString, displayUrl, openStreetMapUrl, telHref, textLines } from './catalogue';

describe('the catalogue address', () => {
  it('keeps the filters in a stable order and leaves out empty ones, page 1 and strangers', () => {
    expect(catalogueQueryString({ page: '1', kind: 'professional_union', q: ' союз ', utm_source: 'x', sector: '' })).toBe(
      'q=%D1%81%D0%BE%D1%8E%D0%B7&kind=professional_union',
    );
    expect(catalogueQueryString(new URLSearchParams('page=2&membership=member&sector=design&sector=music'))).toBe('sector=design&membership=member&page=2');
    expect(catalogueQueryString({ q: ['мебель', 'стол'], page: 3 })).toBe('q=%D0%BC%D0%B5%D0%B1%D0%B5%D0%BB%D1%8C&page=3');
  });

  it('leads to the list in the right language, and to its JSON route', () => {
    expect(catalogueHref('ru', {})).toBe('/ru/associations');
    expect(catalogueHref('en', { sector: 'design', page: 2 })).toBe('/en/associations?sector=design&page=2');
    expect(catalogueApiHref('ru', {})).toBe('/api/catalogue?locale=ru');
    expect(catalogueApiHref('en', { q: 'furniture' })).toBe('/api/catalogue?locale=en&q=furniture');
  });
});

describe("a profile's details", () => {
  it('shows problems and needs stored one per line as list items', () => {
    expect(textLines('Дорогая аренда.\n\n- Нет складов\r\n  • Мало заказов  \n2) Налоги\n')).toEqual(['Дорогая аренда.', 'Нет складов', 'Мало заказов', 'Налоги']);
    expect(textLines(null)).toEqual([]);
    expect(textLines('')).toEqual([]);
  });

  it('links the location to openstreetmap.org with a marker', () => {
    expect(openStreetMapUrl({ latitude: 59.9302, longitude: 30.3548 })).toBe(
      'https://www.openstreetmap.org/?mlat=59.93020&mlon=30.35480#map=17/59.93020/30.35480',
    );
  });

  it('shows websites and phones the way people read and dial them', () => {
    expect(displayUrl('https://www.reklamsovet-spb.example/')).toBe('reklamsovet-spb.example');
    expect(displayUrl('http://x.example/about/')).toBe('x.example/about');
    expect(telHref('+7 812 314-27-60')).toBe('tel:+78123142760');
  });
});

describe('the labels of every value the CMS may send', () => {
  const sets: Array<[string, readonly string[], (messages: typeof ru) => Record<string, unknown>]> = [
    ['districts', associationDistrictValues, (messages) => messages.Catalogue.districts],
    ['social networks', sharedSocialLinkNetworkValues, (messages) => messages.Catalogue.socialNetworks],
    ['pilot project statuses', pilotProjectStateValues, (messages) => messages.Catalogue.pilotStatus],
    ['kinds', associationKindValues, (messages) => messages.AssociationKind],
    ['alliance memberships', associationAllianceMembershipValues, (messages) => messages.AllianceMembership],
  ];

  it.each(sets)('exist in Russian and English for all %s', (_name, values, labelsOf) => {
    for (const messages of [ru, en as typeof ru]) {
      const labels = labelsOf(messages);
      for (const value of values) expect(typeof labels[value]).toBe('string');
    }
  });

  it('the 18 districts of St Petersburg are named differently in each language', () => {
    expect(associationDistrictValues).toHaveLength(18);
    expect(new Set(Object.values(ru.Catalogue.districts)).size).toBe(18);
    expect(ru.Catalogue.districts.tsentralny).toBe('Центральный район');
  });
});

describe("an association's JSON-LD", () => {
  const association = {
    id: 1,
    documentId: 'abc',
    name: 'Furniture Designers Association',
    slug: 'furniture-designers-association',
    shortDescription: 'Designers and workshops',
    website: 'https://mebel.example',
    email: 'info@mebel.example',
    phone: '+7 812 000-00-00',
    address: '1 Nevsky Prospekt',
    foundedYear: 2012,
    logo: { url: '/uploads/logo.png' },
    location: { id: 1, latitude: 59.93, longitude: 30.31 },
    socialLinks: [{ id: 1, network: 'vk', url: 'https://vk.example/mebel' }],
    sectors: [{ name: 'Design' }],
  } as unknown as Association;

  it('describes a schema.org Organization with its page, contacts, place and other pages', () => {
    expect(associationJsonLd(association, 'https://forum.example/', 'en')).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Furniture Designers Association',
      url: 'https://forum.example/en/associations/furniture-designers-association',
      logo: 'https://forum.example/uploads/logo.png',
      email: 'info@mebel.example',
      telephone: '+7 812 000-00-00',
      foundingDate: '2012',
      address: { '@type': 'PostalAddress', streetAddress: '1 Nevsky Prospekt', addressLocality: 'St Petersburg', addressCountry: 'RU' },
      location: { geo: { '@type': 'GeoCoordinates', latitude: 59.93, longitude: 30.31 } },
      knowsAbout: ['Design'],
      sameAs: ['https://mebel.example', 'https://vk.example/mebel'],
    });
  });

  it('leaves out what the association did not fill in', () => {
    const bare = { ...association, website: null, email: null, phone: null, address: null, foundedYear: null, logo: null, location: null, socialLinks: [] } as Association;
    const data = JSON.parse(JSON.stringify(associationJsonLd(bare, 'https://forum.example', 'ru')));
    expect(Object.keys(data).sort()).toEqual(['@context', '@id', '@type', 'description', 'knowsAbout', 'name', 'url']);
  });
});
