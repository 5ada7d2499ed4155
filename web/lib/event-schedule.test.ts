import { formatEventSchedule, isEventOver } from './event-schedule';

// ICU joins the parts differently across Node versions, so the tests check what a visitor reads:
// the day, the month, the year and the Moscow times.
describe('an event page says when the event takes place, in St Petersburg time', () => {
  it('gives the day and the Moscow start and end of an evening session', () => {
    // 15:30–18:00 UTC is 18:30–21:00 in Moscow (UTC+3 all year).
    const russian = formatEventSchedule('2026-12-17T15:30:00.000Z', '2026-12-17T18:00:00.000Z', 'ru');
    expect(russian).toMatch(/четверг,\s17\sдекабря\s2026\sг\.,?\s18:30\s?–\s?21:00/);
    const english = formatEventSchedule('2026-12-17T15:30:00.000Z', '2026-12-17T18:00:00.000Z', 'en');
    expect(english).toMatch(/Thursday,\s17\sDecember\s2026,?\s18:30\s?–\s?21:00/);
    expect(english).not.toContain('15:30');
  });

  it('names the Moscow day even when it is still the previous day in UTC', () => {
    // 22:00 UTC on 31 December is 01:00 on 1 January in Moscow.
    const english = formatEventSchedule('2026-12-31T22:00:00.000Z', null, 'en');
    expect(english).toMatch(/1\sJanuary\s2027/);
    expect(english).toContain('01:00');
  });

  it('names both days of an event over two days', () => {
    const russian = formatEventSchedule('2026-12-03T07:00:00.000Z', '2026-12-04T15:00:00.000Z', 'ru');
    expect(russian).toMatch(/3\sдекабря/);
    expect(russian).toMatch(/4\sдекабря/);
    expect(russian).toContain('10:00');
    expect(russian).toContain('18:00');
  });

  it('shows the start alone when the end is missing or not after it', () => {
    expect(formatEventSchedule('2026-12-03T13:00:00.000Z', '2026-12-03T13:00:00.000Z', 'en')).toMatch(/3\sDecember\s2026,?\s(at\s)?16:00$/);
  });
});

describe('an event is over', () => {
  const now = new Date('2026-12-03T15:00:00.000Z');
  it('once its end has passed, not while it is going on', () => {
    expect(isEventOver({ startsAt: '2026-12-03T13:00:00.000Z', endsAt: '2026-12-03T16:30:00.000Z' }, now)).toBe(false);
    expect(isEventOver({ startsAt: '2026-12-03T10:00:00.000Z', endsAt: '2026-12-03T12:00:00.000Z' }, now)).toBe(true);
  });

  it('once its start has passed when it has no end', () => {
    expect(isEventOver({ startsAt: '2026-12-03T14:00:00.000Z', endsAt: null }, now)).toBe(true);
    expect(isEventOver({ startsAt: '2026-12-03T16:00:00.000Z', endsAt: null }, now)).toBe(false);
  });
});
