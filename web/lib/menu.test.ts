import type { Page } from '@forum/shared';
import { mainMenu, resolveMenu } from './menu';

const page = (slug: string, englishSlug?: string) =>
  ({ slug, localizations: englishSlug ? [{ locale: 'en', slug: englishSlug }] : [] }) as unknown as Page;

describe('resolveMenu', () => {
  it("gives every link in the menu's language, CMS pages by their slug in that language", () => {
    const menu = resolveMenu(mainMenu, 'ru', [page('o-forume', 'about'), page('partnery', 'partners'), page('kontakty', 'contacts')]);
    expect(menu.map((link) => link.href)).toEqual(['/ru', '/ru/associations', '/ru/events', '/ru/news', '/ru/policy', '/ru/outcomes', '/ru/o-forume', '/ru/partnery', '/ru/kontakty']);
  });

  it('leaves out a CMS page that is missing in that language', () => {
    const menu = resolveMenu(mainMenu, 'en', [page('about'), page('contacts')]);
    expect(menu.map((link) => link.label)).toEqual(['home', 'associations', 'events', 'news', 'policy', 'outcomes', 'about', 'contacts']);
    expect(menu.at(-1)?.href).toBe('/en/contacts');
  });
});
