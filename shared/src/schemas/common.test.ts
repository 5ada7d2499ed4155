import { listQueryString, localeSchema, slugSchema } from './common';
import { newsFiltersSchema } from './news-policy';

describe('shared validation', () => {
  it('accepts the two languages of the portal only', () => {
    expect(localeSchema.parse('ru')).toBe('ru');
    expect(localeSchema.parse('en')).toBe('en');
    expect(localeSchema.safeParse('de').success).toBe(false);
  });

  it('accepts Latin slugs and refuses Cyrillic, spaces, capitals and traversal', () => {
    expect(slugSchema.safeParse('assotsiatsiya-dizaynerov-mebeli').success).toBe(true);
    for (const bad of ['ассоциация', 'two words', 'Capital', '../etc/passwd', '-leading', 'double--hyphen', '']) {
      expect({ bad, ok: slugSchema.safeParse(bad).success }).toEqual({ bad, ok: false });
    }
  });

  it('writes the same filters as the same query string, whatever order, junk or page 1 they came with', () => {
    const query = listQueryString(newsFiltersSchema, { page: '2', utm_source: 'mail', association: 'media-art-lab', sector: 'design' });
    expect(query).toBe('sector=design&association=media-art-lab&page=2');
    expect(listQueryString(newsFiltersSchema, { sector: ['design', 'music'], page: '1' })).toBe('sector=design');
    expect(listQueryString(newsFiltersSchema, { sector: 'Не слаг', page: '-3' })).toBe('');
  });
});
