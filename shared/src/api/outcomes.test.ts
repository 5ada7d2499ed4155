import { themeResponse, themeSectorCounts } from './needs';
import { eventsPerMonth, monthKey, papersByState, progressOf, workingSessions, type HeldEvent } from './outcomes';

const event = (startsAt: string, kind: HeldEvent['kind'] = 'working_session'): HeldEvent => ({ documentId: startsAt, title: 't', slug: 's', kind, startsAt });

describe('the outcomes charts', () => {
  it('count events per month in St Petersburg time, months without any included', () => {
    // 23:30 UTC on 31 July is already 1 August in St Petersburg.
    expect(monthKey('2026-07-31T23:30:00.000Z')).toBe('2026-08');
    expect(eventsPerMonth([event('2026-06-18T15:30:00.000Z'), event('2026-06-25T15:30:00.000Z'), event('2026-09-17T15:30:00.000Z')])).toEqual([
      { month: '2026-06', count: 2 },
      { month: '2026-07', count: 0 },
      { month: '2026-08', count: 0 },
      { month: '2026-09', count: 1 },
    ]);
    expect(eventsPerMonth([event('2026-12-10T10:00:00.000Z'), event('2027-01-21T10:00:00.000Z')]).map((row) => row.month)).toEqual(['2026-12', '2027-01']);
    expect(eventsPerMonth([])).toEqual([]);
  });

  it('take working sessions and seminars as the working sessions', () => {
    const held = [event('2026-03-12T07:00:00.000Z', 'forum_session'), event('2026-06-18T15:30:00.000Z'), event('2026-08-20T12:00:00.000Z', 'seminar')];
    expect(workingSessions(held).map((session) => session.kind)).toEqual(['working_session', 'seminar']);
  });

  it('list every paper state, zero included, in the order of a paper\'s life', () => {
    expect(papersByState([{ state: 'adopted' }, { state: 'draft' }, { state: 'adopted' }])).toEqual([
      { state: 'draft', count: 1 },
      { state: 'submitted', count: 0 },
      { state: 'response_received', count: 0 },
      { state: 'adopted', count: 2 },
      { state: 'rejected', count: 0 },
    ]);
  });

  it('measure progress from the baseline, capped at the target', () => {
    expect(progressOf({ baseline: 10, target: 30, actual: 20 })).toBe(0.5);
    expect(progressOf({ baseline: 0, target: 50, actual: 52 })).toBe(1);
    expect(progressOf({ baseline: 0, target: 1, actual: null })).toBe(0);
  });
});

describe('the need themes', () => {
  const sector = (slug: string, order: number) => ({ documentId: slug, name: slug, slug, order });

  it('say whether a recommendation answers the theme, is being drafted, or nothing does yet', () => {
    expect(themeResponse({ policyPapers: [{ documentId: 'p', title: 'p', slug: 'p', state: 'draft' }, { documentId: 'q', title: 'q', slug: 'q', state: 'rejected' }] })).toBe('answered');
    expect(themeResponse({ policyPapers: [{ documentId: 'p', title: 'p', slug: 'p', state: 'draft' }] })).toBe('in_preparation');
    expect(themeResponse({ policyPapers: [] })).toBe('open');
  });

  it('count the associations that named a theme by sector, one in two sectors in both, in the editors\' order', () => {
    const counts = themeSectorCounts({
      associations: [
        { documentId: 'a', name: 'a', slug: 'a', sectors: [sector('design', 5), sector('craft', 4)] },
        { documentId: 'b', name: 'b', slug: 'b', sectors: [sector('design', 5)] },
        { documentId: 'c', name: 'c', slug: 'c' },
      ],
    });
    expect(counts.map(({ sector: { slug }, count }) => [slug, count])).toEqual([
      ['craft', 1],
      ['design', 2],
    ]);
  });
});
