import type { Locale, Page } from '@forum/shared';
import { localePath } from './alternates';

/**
 * The site's main menu, in order. A `route` entry is a section of the portal with the same path in
 * both languages; a `page` entry is a CMS page, named by its English slug, whose slug differs per language.
 */
export type MenuEntry =
  | { kind: 'route'; label: MenuLabel; path: string }
  | { kind: 'page'; label: MenuLabel; englishSlug: string };

export type MenuLabel = 'home' | 'associations' | 'events' | 'news' | 'policy' | 'outcomes' | 'about' | 'partners' | 'contacts';

export const mainMenu: MenuEntry[] = [
  { kind: 'route', label: 'home', path: '' },
  { kind: 'route', label: 'associations', path: '/associations' },
  { kind: 'route', label: 'events', path: '/events' },
  { kind: 'route', label: 'news', path: '/news' },
  { kind: 'route', label: 'policy', path: '/policy' },
  { kind: 'route', label: 'outcomes', path: '/outcomes' },
  { kind: 'page', label: 'about', englishSlug: 'about' },
  { kind: 'page', label: 'partners', englishSlug: 'partners' },
  { kind: 'page', label: 'contacts', englishSlug: 'contacts' },
];

export interface MenuLink {
  label: MenuLabel;
  /** The path in the menu's language. */
  href: string;
}

/** The page's slug in `locale`, found by its English slug among the pages listed in that locale. */
function slugOfPage(pages: Page[], locale: Locale, englishSlug: string): string | undefined {
  if (locale === 'en') return pages.find((page) => page.slug === englishSlug)?.slug;
  return pages.find((page) => page.localizations?.some((l) => l.locale === 'en' && l.slug === englishSlug))?.slug;
}

/** The menu's links in one language; a CMS page missing in that language is left out. */
export function resolveMenu(menu: MenuEntry[], locale: Locale, pages: Page[]): MenuLink[] {
  return menu.flatMap((entry): MenuLink[] => {
    if (entry.kind === 'route') return [{ label: entry.label, href: localePath(locale, entry.path) }];
    const slug = slugOfPage(pages, locale, entry.englishSlug);
    return slug ? [{ label: entry.label, href: localePath(locale, `/${slug}`) }] : [];
  });
}
