import { documentAlternates, hreflangLanguages, sameRouteAlternates } from './alternates';

const pagePath = (locale: string, slug: string) => `/${locale}/${slug}`;

describe('the language switch keeps the visitor on the same item', () => {
  it('a visitor on the Russian About page switches to the English About page', () => {
    const alternates = documentAlternates(
      { locale: 'ru', slug: 'o-forume', localizations: [{ id: 2, documentId: 'd1', locale: 'en', slug: 'about' }] },
      pagePath,
    );
    expect(alternates.paths).toEqual({ ru: '/ru/o-forume', en: '/en/about' });
    expect(alternates.untranslated).toEqual([]);
    expect(hreflangLanguages(alternates)).toEqual({ ru: '/ru/o-forume', en: '/en/about', 'x-default': '/ru/o-forume' });
  });

  it('a page without an English version sends the switch to the English home page and claims no English hreflang', () => {
    const alternates = documentAlternates({ locale: 'ru', slug: 'partnery', localizations: [] }, pagePath);
    expect(alternates.paths.en).toBe('/en');
    expect(alternates.untranslated).toEqual(['en']);
    expect(hreflangLanguages(alternates)).toEqual({ ru: '/ru/partnery', 'x-default': '/ru/partnery' });
  });

  it('the home page has the same address in both languages', () => {
    expect(sameRouteAlternates().paths).toEqual({ ru: '/ru', en: '/en' });
    expect(hreflangLanguages(sameRouteAlternates(), '/')).toEqual({ ru: '/ru', en: '/en', 'x-default': '/' });
  });
});
