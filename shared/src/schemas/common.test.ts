import { localeSchema, slugSchema } from './common';

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
});
