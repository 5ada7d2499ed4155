import { blocksToPlainText, normalizeSearchText, searchFilter, searchWords } from './search';

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
    expect(searchWords('Союз  союз и Дизайн')).toEqual(['союз', 'дизайн']);
    expect(searchFilter('Ёлочные ИГРУШКИ')).toEqual({
      $and: [{ searchText: { $contains: 'елочные' } }, { searchText: { $contains: 'игрушки' } }],
    });
    expect(searchFilter('  ! ')).toEqual({});
  });
});
