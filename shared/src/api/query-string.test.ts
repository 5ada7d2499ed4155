import { toQueryString } from './query-string';

describe('toQueryString', () => {
  it('writes nested filters, populate and arrays in Strapi bracket notation', () => {
    const query = toQueryString({
      locale: 'ru',
      filters: { slug: { $eq: 'soyuz-dizaynerov' } },
      populate: { sectors: { fields: ['name', 'slug'] } },
      sort: ['name:asc'],
    });
    expect(decodeURIComponent(query)).toBe(
      'locale=ru&filters[slug][$eq]=soyuz-dizaynerov&populate[sectors][fields][0]=name&populate[sectors][fields][1]=slug&sort[0]=name:asc',
    );
  });

  it('encodes Cyrillic and reserved characters', () => {
    expect(toQueryString({ q: 'союз & гильдия' })).toBe('q=%D1%81%D0%BE%D1%8E%D0%B7%20%26%20%D0%B3%D0%B8%D0%BB%D1%8C%D0%B4%D0%B8%D1%8F');
  });

  it('leaves out undefined values and keeps false, zero and null', () => {
    expect(toQueryString({ a: undefined, b: false, c: 0, d: null })).toBe('b=false&c=0&d=');
  });
});
