import { blocksToPlainText, normalizeSearchText, searchFilter, searchStem, searchWords } from './search';

describe('search normalization', () => {
  it('folds Cyrillic and Latin case alike, and ё to е', () => {
    expect(normalizeSearchText('Союз ДИЗАЙНЕРОВ Design Ёлка')).toBe('союз дизайнеров design елка');
  });

  it('turns punctuation and quotes into single spaces', () => {
    expect(normalizeSearchText('«Фестиваль Экспо» — ассоциация, (Art-Sessions)!')).toBe('фестиваль экспо ассоциация art sessions');
  });

  it('reads the plain text of rich text blocks, lists and links included', () => {
    const text = blocksToPlainText([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Кто мы' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Мебель ' }, { type: 'link', url: 'https://x.example', children: [{ type: 'text', text: 'на заказ' }] }] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'аренда' }] }] },
    ]);
    expect(text).toBe('Кто мы\nМебель на заказ\nаренда');
  });

  it('asks for every word of the query, normalized, without duplicates or one-letter words', () => {
    expect(searchWords('Союз  союз и Театр')).toEqual(['союз', 'театр']);
    expect(searchFilter('Ёлочные ИГРУШКИ')).toEqual({
      $and: [{ searchText: { $contains: 'елочн' } }, { searchText: { $contains: 'игрушк' } }],
    });
    expect(searchFilter('  ! ')).toEqual({});
  });
});

describe('search stems', () => {
  // What a stored text contains once normalized; a query word finds it when its stem is a substring.
  const finds = (query: string, text: string) => searchWords(query).every((word) => normalizeSearchText(text).includes(word));

  it('one form of a Russian word finds the others', () => {
    expect(finds('мебель', 'Ассоциация дизайнеров мебели')).toBe(true);
    expect(finds('МЕБЕЛИ', 'Мебель на заказ')).toBe(true);
    expect(finds('дизайнеры мебели', 'Ассоциация дизайнеров мебели')).toBe(true);
    expect(finds('ассоциации', 'Ассоциация дизайнеров мебели')).toBe(true);
    expect(finds('фотография', 'Союз фотографов')).toBe(true);
  });

  it('English plurals and singulars find each other', () => {
    expect(finds('designer', 'Furniture Designers Association')).toBe(true);
    expect(finds('furniture designers', 'Furniture designer guild')).toBe(true);
  });

  it('a stem is a prefix of its word, so stemming never loses a match', () => {
    for (const word of ['мебель', 'дизайнеров', 'союз', 'кино', 'photography', 'ёлочные']) {
      expect(normalizeSearchText(word).startsWith(searchStem(normalizeSearchText(word)))).toBe(true);
    }
  });

  it('leaves short words and numbers whole, and cuts Russian endings', () => {
    expect(searchStem('кино')).toBe('кино');
    expect(searchStem('театр')).toBe('театр');
    expect(searchStem('книги')).toBe('книг');
    expect(searchStem('театров')).toBe('театр');
    expect(searchStem('елочные')).toBe('елочн');
    expect(searchStem('design')).toBe('desig');
    expect(searchStem('20240101')).toBe('20240101');
    expect(finds('театров', 'Театральные художники')).toBe(true);
    expect(finds('книги', 'Книга года')).toBe(true);
  });

  it('the loose retry cuts one letter more, never below four letters, and forgives a typo near the end', () => {
    expect(searchStem('игрушек', 'loose')).toBe('игруш');
    expect(searchStem('театр', 'loose')).toBe('теат');
    expect(searchStem('кино', 'loose')).toBe('кино');
    expect(searchWords('фотографии дизайнеров', 'loose')).toEqual(['фотогр', 'дизайн']);
    expect(finds('ассоциацыя', 'Ассоциация дизайнеров')).toBe(true);
    expect(finds('ассоциоция', 'Ассоциация дизайнеров')).toBe(false);
    expect(searchWords('ассоциоция', 'loose').every((word) => 'ассоциация дизайнеров'.includes(word))).toBe(true);
  });
});
