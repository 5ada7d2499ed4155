import { parseSiteSearchQuery } from './site-search';

describe('parseSiteSearchQuery', () => {
  it('reads the query, trimmed', () => {
    expect(parseSiteSearchQuery({ q: '  союз дизайнеров ' })).toBe('союз дизайнеров');
  });

  it('falls back to an empty query for a missing or odd one, and keeps the first of repeated ones', () => {
    expect(parseSiteSearchQuery({})).toBe('');
    expect(parseSiteSearchQuery({ q: ['music', 'film'] })).toBe('music');
  });

  it('cuts an over-long query', () => {
    expect(parseSiteSearchQuery({ q: 'a'.repeat(500) })).toHaveLength(200);
  });
});
