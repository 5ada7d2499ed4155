import { locales, type Locale, type Localization } from '@forum/shared';

/** Where the language switch leads: the same item in each language, and the languages it is missing in. */
export interface Alternates {
  paths: Record<Locale, string>;
  /** Languages with no translation of the item: their link leads to that language's home page. */
  untranslated: Locale[];
}

/** A path of the portal in one language: localePath('ru', '/news') is /ru/news; localePath('ru') the home page. */
export const localePath = (locale: Locale, path = '') => `/${locale}${path === '/' ? '' : path}`;

export const homePath = (locale: Locale) => localePath(locale);

/** A page with the same address in every language (home, future lists): nothing is missing. */
export function sameRouteAlternates(path = ''): Alternates {
  return {
    paths: Object.fromEntries(locales.map((locale) => [locale, `${homePath(locale)}${path}`])) as Record<Locale, string>,
    untranslated: [],
  };
}

/**
 * A localized CMS document: its slug differs per language (from `localizations`); a language
 * without a translation falls back to that language's home page.
 */
export function documentAlternates(
  current: { locale: Locale; slug: string; localizations?: Localization[] },
  pathOf: (locale: Locale, slug: string) => string,
): Alternates {
  const paths = {} as Record<Locale, string>;
  const untranslated: Locale[] = [];
  for (const locale of locales) {
    const slug = locale === current.locale ? current.slug : current.localizations?.find((l) => l.locale === locale)?.slug;
    if (slug) {
      paths[locale] = pathOf(locale, slug);
    } else {
      paths[locale] = homePath(locale);
      untranslated.push(locale);
    }
  }
  return { paths, untranslated };
}

/**
 * hreflang links for generateMetadata: only the languages the item really exists in, plus x-default
 * (by default the Russian version, the Forum's main language).
 */
export function hreflangLanguages(alternates: Alternates, xDefault?: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of locales) {
    if (!alternates.untranslated.includes(locale)) languages[locale] = alternates.paths[locale];
  }
  const fallback = xDefault ?? languages.ru ?? Object.values(languages)[0];
  if (fallback) languages['x-default'] = fallback;
  return languages;
}
