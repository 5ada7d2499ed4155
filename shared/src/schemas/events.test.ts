import { parseEventListQuery } from './events';

describe('the filters of the events list', () => {
  it('reads a kind, a sector and a page from the address', () => {
    expect(parseEventListQuery({ kind: 'seminar', sector: 'design', page: '2' })).toEqual({ kind: 'seminar', sector: 'design', page: 2 });
  });

  it('shows everything from the first page when the address has no filters', () => {
    expect(parseEventListQuery({})).toEqual({ kind: undefined, sector: undefined, page: 1 });
  });

  it('drops an unknown kind, a malformed sector and an empty choice instead of failing', () => {
    expect(parseEventListQuery({ kind: 'party', sector: '../etc/passwd' })).toEqual({ kind: undefined, sector: undefined, page: 1 });
    expect(parseEventListQuery({ kind: '', sector: '' })).toEqual({ kind: undefined, sector: undefined, page: 1 });
  });

  it('falls back to the first page for a page that is not a positive whole number', () => {
    for (const page of ['abc', '0', '-3', '1.5', '']) expect(parseEventListQuery({ page }).page).toBe(1);
  });

  it('takes the first value of a repeated parameter', () => {
    expect(parseEventListQuery({ kind: ['round_table', 'seminar'], page: ['3', '4'] })).toMatchObject({ kind: 'round_table', page: 3 });
  });
});
