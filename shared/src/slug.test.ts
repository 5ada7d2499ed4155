import { slugSchema } from './schemas/common';
import { slugify } from './slug';

describe('slugify', () => {
  it('transliterates Russian as the demo content does', () => {
    expect(slugify('Инвентаризация ассоциаций креативных индустрий Санкт-Петербурга: проблемы и потребности')).toBe(
      'inventarizatsiya-assotsiatsiy-kreativnykh-industriy-sankt-peterburga-problemy-i',
    );
    expect(slugify('Щедрый ёжик, съезд & «Объединение»')).toBe('shchedryy-ezhik-sezd-obedinenie');
  });

  it('keeps Latin words, drops accents and punctuation, cuts at a word and always gives a valid slug', () => {
    expect(slugify('Café Design Week — 2027!')).toBe('cafe-design-week-2027');
    expect(slugify('a'.repeat(100))).toHaveLength(80);
    for (const text of ['Café Design Week', '!!!', '', 'Союз']) expect(slugSchema.safeParse(slugify(text)).success).toBe(true);
  });
});
