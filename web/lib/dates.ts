import type { Locale } from '@forum/shared';

/** The Forum happens in St Petersburg: every date and time is shown in Moscow time, whatever the server's zone. */
export const forumTimeZone = 'Europe/Moscow';

const intlLocale: Record<Locale, string> = { ru: 'ru-RU', en: 'en-GB' };

/** "3 декабря 2026 г. в 18:30" / "3 December 2026 at 18:30": when an event starts (the year too: lists span New Year). */
export function formatEventStart(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: forumTimeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

/** "3 декабря 2026 г." / "3 December 2026": the day a news article appeared. */
export function formatDay(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    timeZone: forumTimeZone,
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}
