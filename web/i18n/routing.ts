import { defaultLocale, locales } from '@forum/shared';
import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Every URL names its language (/ru/..., /en/...), so each page has one address per language.
  localePrefix: 'always',
});
