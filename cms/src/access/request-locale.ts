import type { Locale } from '@forum/shared';

interface LocalizedRequest {
  query?: Record<string, unknown>;
  /** A policy's context copies the request but not Koa's `query` shortcut. */
  request?: { query?: Record<string, unknown>; body?: unknown };
  get?: (header: string) => string;
}

/** The language to answer in: `?locale=` (the portal sends the visitor's), then Accept-Language, then Russian. */
export function requestLocale(ctx: LocalizedRequest | undefined): Locale {
  const asked = (ctx?.query ?? ctx?.request?.query)?.locale;
  if (asked === 'ru' || asked === 'en') return asked;
  const accepted = ctx?.get?.('accept-language')?.trim().slice(0, 2).toLowerCase();
  return accepted === 'en' ? 'en' : 'ru';
}
