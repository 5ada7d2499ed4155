import { newsFiltersSchema, policyFiltersSchema } from './news-policy';

describe('news and policy list filters', () => {
  it('reads the sector, the association and the page of a shared news URL', () => {
    expect(newsFiltersSchema.parse({ sector: 'design', association: 'ceramicists-guild', page: '3' })).toEqual({
      sector: 'design',
      association: 'ceramicists-guild',
      page: 3,
    });
  });

  it('shows the first page of all news when the URL has no filters or empty ones', () => {
    expect(newsFiltersSchema.parse({})).toEqual({ sector: undefined, association: undefined, page: 1 });
    expect(newsFiltersSchema.parse({ sector: '', association: '', page: '' })).toEqual({ sector: undefined, association: undefined, page: 1 });
  });

  it('ignores malformed values instead of failing', () => {
    expect(newsFiltersSchema.parse({ sector: '../etc', association: 'Дизайн', page: 'two' })).toEqual({
      sector: undefined,
      association: undefined,
      page: 1,
    });
    expect(newsFiltersSchema.parse({ page: '-4' }).page).toBe(1);
    expect(newsFiltersSchema.parse({ page: '1.5' }).page).toBe(1);
  });

  it('takes the first of repeated values', () => {
    expect(newsFiltersSchema.parse({ sector: ['music', 'design'], page: ['2', '5'] })).toMatchObject({ sector: 'music', page: 2 });
  });

  it('accepts the policy kinds and statuses of the content model only', () => {
    expect(policyFiltersSchema.parse({ kind: 'appeal', status: 'adopted' })).toEqual({ kind: 'appeal', status: 'adopted' });
    expect(policyFiltersSchema.parse({ kind: 'manifesto', status: ['rejected'] })).toEqual({ kind: undefined, status: 'rejected' });
    expect(policyFiltersSchema.parse({})).toEqual({ kind: undefined, status: undefined });
  });
});
