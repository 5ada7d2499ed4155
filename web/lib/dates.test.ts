import { formatDay, formatEventStart } from './dates';

// ICU words the joint differently across Node versions ("3 декабря в 18:30", "3 December at 18:30"),
// so the tests check the parts a visitor reads: the day, the month and the Moscow time.
describe('dates are shown in St Petersburg time', () => {
  it('shows an evening event at its Moscow time, not UTC', () => {
    // 15:30 UTC is 18:30 in Moscow (UTC+3, no daylight saving).
    const russian = formatEventStart('2026-12-03T15:30:00.000Z', 'ru');
    expect(russian).toContain('3 декабря 2026');
    expect(russian).toContain('18:30');
    const english = formatEventStart('2026-12-03T15:30:00.000Z', 'en');
    expect(english).toContain('3 December 2026');
    expect(english).toContain('18:30');
    expect(english).not.toContain('15:30');
  });

  it('dates a late-night article on the Moscow day, which is already the next one', () => {
    // 22:00 UTC on 31 December is 01:00 on 1 January in Moscow.
    expect(formatDay('2026-12-31T22:00:00.000Z', 'ru')).toBe('1 января 2027 г.');
    expect(formatDay('2026-12-31T22:00:00.000Z', 'en')).toBe('1 January 2027');
  });
});
